using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace PocEngine.Benchmarks;

// Why CompiledVersion indexes codes with a Dictionary: the same lookups of real codes in the 30,356-code catalogue,
// with the ordinal comparer, in a Dictionary and in a FrozenDictionary (whose substring hashing is meant to be faster
// to read, and is not for these codes).
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private Dictionary<string, int> dictionary = null!;
    private FrozenDictionary<string, int> frozen = null!;
    private string[] codes = null!;

    [Params(5, 100)]
    public int Charges { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var all = RuleSet.Default.Latest.Offences.Select((o, i) => (o.Code, Index: i)).ToArray();
        dictionary = all.ToDictionary(p => p.Code, p => p.Index, StringComparer.Ordinal);
        frozen = all.ToFrozenDictionary(p => p.Code, p => p.Index, StringComparer.Ordinal);
        codes = [.. BenchmarkCases.Case(new Random(20261126), Charges).Charges.Select(c => c.Code)];
    }

    [Benchmark(Baseline = true)]
    public int Lookup_Dictionary()
    {
        var sum = 0;
        foreach (var code in codes)
        {
            sum += dictionary[code];
        }

        return sum;
    }

    [Benchmark]
    public int Lookup_FrozenDictionary()
    {
        var sum = 0;
        foreach (var code in codes)
        {
            sum += frozen[code];
        }

        return sum;
    }
}
