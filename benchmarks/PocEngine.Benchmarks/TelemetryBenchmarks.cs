using System;
using System.Diagnostics.Metrics;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace PocEngine.Benchmarks;

// What the PocEngine meter costs a calculation: Decide over five resolved charges with nobody listening (the
// baseline: the instrument's Enabled check, one field read) and with a MeterListener taking every measurement of the
// meter (the counter's tag and the listener's callback). The first must equal CalculateBenchmarks' Decide figure for
// five charges; the second is what turning on metrics costs.
[MemoryDiagnoser]
public class TelemetryBenchmarks : IDisposable
{
    private PocCalculator calculator = null!;
    private ResolvedCharge[] resolved = null!;
    private DateOnly finalisedOn;
    private MeterListener? listener;
    private long measured;

    [GlobalSetup(Target = nameof(Decide_NobodyListening))]
    public void SetupQuiet() => Setup();

    [GlobalSetup(Target = nameof(Decide_Listening))]
    public void SetupListening()
    {
        Setup();
        listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == PocEngineTelemetry.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => measured += value);
        listener.Start();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        listener?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public PocDecision Decide_NobodyListening() => calculator.Decide(finalisedOn, FinalisationKind.Conviction, resolved);

    [Benchmark]
    public PocDecision Decide_Listening() => calculator.Decide(finalisedOn, FinalisationKind.Conviction, resolved);

    private void Setup()
    {
        calculator = new PocCalculator(RuleSet.Default);
        var defendantCase = BenchmarkCases.Case(new Random(20261126), 5);
        finalisedOn = defendantCase.FinalisedOn;
        resolved = [.. defendantCase.Charges.Select(calculator.Resolve)];
    }
}
