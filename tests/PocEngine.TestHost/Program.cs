using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Text.Json;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PocEngine;

// poc-test-host RULES_FOLDER: watches the folder, calculates one case without pause on a thread of its own, and
// answers on standard input: "status" prints one JSON line (health, the version in service, the meter's counts and
// how many calculations it made and failed); "quit" ends it. It prints "ready" once the first load is done.
if (args is ["--fuzz-folders", var baseFolder, var iterations, var seed])
{
    return PocEngine.TestHost.FolderFuzz.Run(baseFolder, int.Parse(iterations, System.Globalization.CultureInfo.InvariantCulture), int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture));
}

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: poc-test-host RULES_FOLDER | --fuzz-folders BASE_FOLDER ITERATIONS SEED");
    return 2;
}

var counts = new Dictionary<string, long>(StringComparer.Ordinal);
using var listener = new MeterListener
{
    InstrumentPublished = (instrument, l) =>
    {
        if (instrument.Meter.Name == PocEngineTelemetry.MeterName)
        {
            l.EnableMeasurementEvents(instrument);
        }
    },
};
var versionsSeen = new List<string>();
listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
{
    lock (counts)
    {
        counts[instrument.Name] = counts.GetValueOrDefault(instrument.Name) + value;
    }
});
listener.SetMeasurementEventCallback<int>((instrument, _, tags, _) =>
{
    foreach (var tag in tags)
    {
        if (tag.Key == PocEngineTelemetry.HashTag)
        {
            versionsSeen.Add((string)tag.Value!);
        }
    }
});
listener.Start();

var services = new ServiceCollection();
services.AddLogging();
services.AddPocEngine(o =>
{
    o.RulesDirectory = args[0];
    o.WatchForChanges = true;
});
services.AddHealthChecks().AddPocEngineRules();
using var provider = services.BuildServiceProvider();
var calculator = provider.GetRequiredService<IPocCalculator>();
var health = provider.GetRequiredService<HealthCheckService>();

var calculated = 0L;
var failed = 0L;
string? lastHash = null;
string? lastCategory = null;
var running = true;
var gate = new object();
var defendantCase = new DefendantCase(new DateOnly(2024, 5, 1), FinalisationKind.Conviction, [new Charge("TH68023"), new Charge("OF61102")]);
var worker = new Thread(() =>
{
    while (Volatile.Read(ref running))
    {
        // The status command takes the gate, so that what it reads of the meter and of this loop is one moment's.
        lock (gate)
        {
            try
            {
                var result = calculator.Calculate(defendantCase);
                lastHash = result.RuleSetVersion.Hash;
                lastCategory = result.Category?.Id;
                calculated++;
            }
            catch (Exception)
            {
                failed++;
            }
        }
    }
})
{ IsBackground = true };
worker.Start();
Console.WriteLine("ready");

string? line;
while ((line = Console.ReadLine()) is not null)
{
    if (line == "quit")
    {
        break;
    }

    if (line != "status")
    {
        continue;
    }

    var report = await health.CheckHealthAsync();
    versionsSeen.Clear();
    listener.RecordObservableInstruments();
    long Count(string name)
    {
        lock (counts)
        {
            return counts.GetValueOrDefault(name);
        }
    }

    var entry = report.Entries["poc-rules"];
    Monitor.Enter(gate);
    Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["health"] = entry.Status.ToString(),
        ["description"] = entry.Description,
        ["hash"] = lastHash,
        ["category"] = lastCategory,
        ["calculated"] = calculated,
        ["failed"] = failed,
        ["meterCalculations"] = Count(PocEngineTelemetry.Calculations),
        ["meterReloads"] = Count(PocEngineTelemetry.Reloads),
        ["meterReloadFailures"] = Count(PocEngineTelemetry.ReloadFailures),
        ["statusReloads"] = entry.Data["reloads"],
        ["statusFailedReloads"] = entry.Data["failedReloads"],
        ["gaugeHashes"] = versionsSeen.ToArray(),
        ["workingSetMB"] = Environment.WorkingSet / (1024 * 1024),
    }));
    Monitor.Exit(gate);
}

Volatile.Write(ref running, false);
worker.Join();
return 0;
