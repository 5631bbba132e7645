using System;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace PocEngine.Benchmarks;

// Calculate on cases of real codes from the default rule set, with and without the explanation.
[MemoryDiagnoser]
public class CalculateBenchmarks
{
    private PocCalculator calculator = null!;
    private DefendantCase defendantCase = null!;

    [Params(1, 5, 20, 100)]
    public int Charges { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var ruleSet = RuleSet.Default;
        calculator = new PocCalculator(ruleSet);
        var eligible = ruleSet.Latest.Offences.Where(o => o.IsEligible).ToArray();
        var random = new Random(20261126);
        var charges = Enumerable.Range(0, Charges).Select(i => new Charge(eligible[random.Next(eligible.Length)].Code) { Sequence = i + 1 });
        defendantCase = new DefendantCase(new DateOnly(2024, 5, 1), FinalisationKind.Conviction, charges);
    }

    [Benchmark(Baseline = true)]
    public PrincipalOffenceResult Calculate_NoExplanation() => calculator.Calculate(defendantCase);

    [Benchmark]
    public PrincipalOffenceResult Calculate_WithExplanation() => calculator.Explain(defendantCase);
}
