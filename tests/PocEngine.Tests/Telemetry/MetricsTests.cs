using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Telemetry;

// The PocEngine meter counts what happened: each calculation by outcome, each reload and each failed reload, and
// reports the version each provider has in service. Measurements are filtered to this test's own rule sets, as other
// tests calculate at the same time.
public sealed class MetricsTests
{
    [Fact]
    public void Calculate_WithAListener_CountsEachCalculationByOutcome()
    {
        var ruleSet = Yaml.Default().Load();
        var calculator = new PocCalculator(ruleSet);
        var outcomes = new List<string>();
        using var listener = Listen((name, value, tags) =>
        {
            if (name == PocEngineTelemetry.Calculations)
            {
                lock (outcomes)
                {
                    outcomes.AddRange(Enumerable.Repeat((string)tags[PocEngineTelemetry.OutcomeTag]!, (int)value));
                }
            }
        });

        // Calculated many times by kind, so that other tests' calculations cannot make up the counts.
        var before = Snapshot(outcomes);
        for (var i = 0; i < 1_000; i++)
        {
            calculator.Calculate(new DefendantCase(Cases.Date, FinalisationKind.Administrative, [new Charge("TH68023")]));
        }

        var after = Snapshot(outcomes);
        Assert.True(after.GetValueOrDefault("admin-finalised") - before.GetValueOrDefault("admin-finalised") >= 1_000);
    }

    [Fact]
    public void Reload_WithAListener_CountsReloadsAndFailuresAndObservesTheVersionInService()
    {
        using var folder = TempRules.Of(Yaml.Default().With("ruleset.yaml", Yaml.Header.Replace("id: test", "id: metrics-test", StringComparison.Ordinal)));
        using var provider = new FileRuleSetProvider(folder.Path, watch: false);
        var counts = new Dictionary<string, long>();
        var versions = new List<string>();
        using var listener = Listen((name, value, tags) =>
        {
            if ((string?)tags.GetValueOrDefault(PocEngineTelemetry.RuleSetTag) != "metrics-test")
            {
                return;
            }

            lock (counts)
            {
                counts[name] = counts.GetValueOrDefault(name) + value;
                if (name == PocEngineTelemetry.VersionInService)
                {
                    versions.Add((string)tags[PocEngineTelemetry.HashTag]!);
                }
            }
        });

        folder.Write("ordering.yaml", "ordering: [mode-of-trial]\n");
        provider.Reload();
        provider.Reload();
        folder.Write("ordering.yaml", "ordering: [maximum-penalty, mode-of-trial, category-precedence, offence-code]\n");
        provider.Reload();
        listener.RecordObservableInstruments();

        Assert.Equal(2, counts.GetValueOrDefault(PocEngineTelemetry.ReloadFailures));
        Assert.Equal(1, counts.GetValueOrDefault(PocEngineTelemetry.Reloads));
        Assert.Equal([provider.Current.Latest.Hash], versions);
        Assert.Equal((1, 2), (provider.Status.ReloadCount, provider.Status.FailedReloadCount));
    }

    private static Dictionary<string, int> Snapshot(List<string> outcomes)
    {
        lock (outcomes)
        {
            return outcomes.GroupBy(o => o).ToDictionary(g => g.Key, g => g.Count());
        }
    }

    private static MeterListener Listen(Action<string, long, Dictionary<string, object?>> measured)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == PocEngineTelemetry.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => measured(instrument.Name, value, ToDictionary(tags)));
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => measured(instrument.Name, value, ToDictionary(tags)));
        listener.Start();
        return listener;
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var result = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            result[tag.Key] = tag.Value;
        }

        return result;
    }
}
