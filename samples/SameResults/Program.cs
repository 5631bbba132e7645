using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Runtime.Versioning;
using System.Text.Json;
using Cms.Finalisation;
using PocEngine;

// Usage: SameResults <cases.jsonl> <output.tsv>
// Writes one line per case (id, outcome, category, principal charge, deciding key, version, hash) and says on the
// console which build of PocEngine ran, on which runtime.
if (args.Length != 2)
{
    Console.Error.WriteLine("Usage: SameResults <cases.jsonl> <output.tsv>");
    return 2;
}

var build = typeof(RuleSet).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName ?? "unknown";
Console.WriteLine($"PocEngine build {build} on {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");

var finaliser = new CaseFinaliser(RuleSet.Default);
using var output = new StreamWriter(args[1]);
var count = 0;
foreach (var line in File.ReadLines(args[0]))
{
    using var json = JsonDocument.Parse(line);
    var root = json.RootElement;
    var id = root.GetProperty("id").GetString()!;
    var finalisedOn = DateTime.ParseExact(root.GetProperty("finalisedOn").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    var finalisation = Enum.Parse<FinalisationKind>(root.GetProperty("finalisation").GetString()!, ignoreCase: true);
    var charges = new List<Charge>();
    foreach (var charge in root.GetProperty("charges").EnumerateArray())
    {
        charges.Add(new Charge(charge.GetProperty("code").GetString()!)
        {
            Sequence = charge.GetProperty("seq").GetInt32(),
            RemovedBeforeFinalisation = charge.TryGetProperty("removedBeforeFinalisation", out var removed) && removed.GetBoolean(),
        });
    }

    var result = finaliser.Finalise(id, finalisedOn, finalisation, charges);
    output.WriteLine(string.Join('\t', id, result.Outcome, result.Category?.Id ?? "-", result.PrincipalCharge?.Code ?? "-", result.DecidedBy, result.RuleSetVersionLabel, result.RuleSetHash, finaliser.VersionStart(finalisedOn).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    count++;
}

Console.WriteLine($"{count} cases written to {args[1]}");
return 0;
