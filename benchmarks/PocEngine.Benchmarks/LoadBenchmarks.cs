using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace PocEngine.Benchmarks;

// Loading the full default rule set (30,356 offences) from the embedded YAML, warm in process.
[MemoryDiagnoser]
public class LoadBenchmarks
{
    [Benchmark(Baseline = true)]
    public RuleSetLoadResult Load_EmbeddedDefault() => RuleSetLoader.LoadDefault();
}

// The same load, cold: each launch is a fresh process that loads once, so the figure includes JIT compilation of
// the loader (not the start of the runtime itself; for that, time '--cold-load' from a shell).
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class ColdLoadBenchmarks
{
    [Benchmark(Baseline = true)]
    public RuleSetLoadResult Load_EmbeddedDefaultCold() => RuleSetLoader.LoadDefault();
}
