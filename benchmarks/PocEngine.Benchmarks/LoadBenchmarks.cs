using BenchmarkDotNet.Attributes;

namespace PocEngine.Benchmarks;

// Loading the full default rule set (30,356 offences) warm, in process, from the embedded YAML.
[MemoryDiagnoser]
public class LoadBenchmarks
{
    [Benchmark(Baseline = true)]
    public RuleSetLoadResult Load_EmbeddedDefault() => RuleSet.TryLoadDefault();
}
