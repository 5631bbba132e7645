using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;

namespace PocEngine;

// PocEngine's meter and instruments (names in PocEngineTelemetry). The hot path checks Enabled, one field read, before
// building a tag: with nobody listening a calculation pays nothing else (CalculateBenchmarks measures it).
internal static class Metrics
{
    private static readonly Meter Meter = new(PocEngineTelemetry.MeterName, typeof(Metrics).Assembly.GetName().Version?.ToString(3));
    private static readonly Counter<long> CalculationCounter = Meter.CreateCounter<long>(PocEngineTelemetry.Calculations, "{calculation}", "Calculations of a principal offence category, by outcome.");
    private static readonly Counter<long> ReloadCounter = Meter.CreateCounter<long>(PocEngineTelemetry.Reloads, "{reload}", "Reloads that put a changed rule set in service.");
    private static readonly Counter<long> ReloadFailureCounter = Meter.CreateCounter<long>(PocEngineTelemetry.ReloadFailures, "{reload}", "Reloads that failed, keeping the last good rule set in service.");
    private static readonly List<WeakReference<IRuleSetProvider>> Providers = [];

    static Metrics()
    {
        Meter.CreateObservableGauge(PocEngineTelemetry.VersionInService, ObserveVersions, "{version}", "The rule set version each rule set provider has in service (always 1; the version is in the tags).");
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Calculated(PocOutcome outcome)
    {
        if (CalculationCounter.Enabled)
        {
            CalculationCounter.Add(1, new KeyValuePair<string, object?>(PocEngineTelemetry.OutcomeTag, PocNames.Of(outcome)));
        }
    }

    public static void Reloaded(RuleSet ruleSet) =>
        ReloadCounter.Add(1, new KeyValuePair<string, object?>(PocEngineTelemetry.RuleSetTag, ruleSet.Id));

    public static void ReloadFailed(RuleSet kept) =>
        ReloadFailureCounter.Add(1, new KeyValuePair<string, object?>(PocEngineTelemetry.RuleSetTag, kept.Id));

    // A provider's version in service is observed for as long as the provider lives (weakly held: a provider that is
    // dropped without being disposed is not kept alive by the meter).
    public static void Track(IRuleSetProvider provider)
    {
        lock (Providers)
        {
            Providers.Add(new WeakReference<IRuleSetProvider>(provider));
        }
    }

    public static void Untrack(IRuleSetProvider provider)
    {
        lock (Providers)
        {
            Providers.RemoveAll(p => !p.TryGetTarget(out var live) || ReferenceEquals(live, provider));
        }
    }

    private static IEnumerable<Measurement<int>> ObserveVersions()
    {
        var measurements = new List<Measurement<int>>();
        lock (Providers)
        {
            Providers.RemoveAll(p => !p.TryGetTarget(out _));
            foreach (var reference in Providers)
            {
                if (reference.TryGetTarget(out var provider))
                {
                    var ruleSet = provider.Current;
                    measurements.Add(new Measurement<int>(
                        1,
                        new KeyValuePair<string, object?>(PocEngineTelemetry.RuleSetTag, ruleSet.Id),
                        new KeyValuePair<string, object?>(PocEngineTelemetry.VersionTag, ruleSet.Latest.Label),
                        new KeyValuePair<string, object?>(PocEngineTelemetry.HashTag, ruleSet.Latest.Hash)));
                }
            }
        }

        return measurements;
    }
}
