using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace PocEngine.Benchmarks;

// PocEngine against Microsoft's RulesEngine, NRules and a plain LINQ OrderBy, on the same cases of real codes.
// Before any timing, every peer must give PocEngine's category on 10,000 generated cases, or setup throws and the
// benchmark does not run.
[MemoryDiagnoser]
public class PeerBenchmarks
{
    private PocCalculator calculator = null!;
    private Peers peers = null!;
    private DefendantCase defendantCase = null!;
    private List<ChargeFact> facts = null!;

    [Params(1, 5, 20, 100)]
    public int Charges { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var ruleSet = RuleSet.Default;
        calculator = new PocCalculator(ruleSet);
        peers = new Peers(ruleSet.Latest);
        PeerVerification.Verify(calculator, peers, cases: 10_000);
        defendantCase = BenchmarkCases.Case(new Random(20261126 + Charges), Charges);
        facts = peers.Facts(defendantCase);
    }

    [Benchmark(Baseline = true)]
    public string? PocEngine_Calculate() => calculator.Calculate(defendantCase).Category?.Id;

    [Benchmark]
    public string? Linq_OrderBy() => Peers.Linq(peers.Facts(defendantCase));

    [Benchmark]
    public Task<string?> RulesEngine_Workflow() => peers.RulesEngineAsync(peers.Facts(defendantCase));

    [Benchmark]
    public string? NRules_Session() => peers.NRules(peers.Facts(defendantCase));
}

internal static class PeerVerification
{
    public static void Verify(PocCalculator calculator, Peers peers, int cases)
    {
        var random = new Random(7);
        for (var n = 0; n < cases; n++)
        {
            var defendantCase = BenchmarkCases.Case(random, random.Next(1, 9));
            var expected = calculator.Calculate(defendantCase).Category?.Id;
            var facts = peers.Facts(defendantCase);
            var linq = Peers.Linq(facts);
            var rulesEngine = peers.RulesEngineAsync(facts).GetAwaiter().GetResult();
            var nrules = peers.NRules(facts);
            if (linq != expected || rulesEngine != expected || nrules != expected)
            {
                throw new InvalidOperationException($"Case {n} ({string.Join(", ", defendantCase.Charges.Select(c => c.Code))}): PocEngine {expected}, LINQ {linq}, RulesEngine {rulesEngine}, NRules {nrules}. The peers do not agree, so the benchmark does not count.");
            }
        }
    }
}
