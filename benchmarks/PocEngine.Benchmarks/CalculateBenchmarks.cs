using System;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace PocEngine.Benchmarks;

// Calculate on cases of real codes from the default rule set, with and without the explanation. The codes are
// drawn (with a fixed seed) from offences that a category rule places, as most charged offences are; a code left to
// the fallback adds a warning to the result, which Calculate_WithWarnings measures.
[MemoryDiagnoser]
public class CalculateBenchmarks
{
    private PocCalculator calculator = null!;
    private DefendantCase defendantCase = null!;
    private DefendantCase withWarnings = null!;

    [Params(1, 5, 20, 100)]
    public int Charges { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var ruleSet = RuleSet.Default;
        calculator = new PocCalculator(ruleSet);
        var fallback = ruleSet.Latest.Offences.Where(o => o.ClassifiedBy == ClassifiedBy.Fallback).ToArray();
        var random = new Random(20261126);
        defendantCase = BenchmarkCases.Case(random, Charges);
        withWarnings = defendantCase with { Charges = [.. defendantCase.Charges.Skip(1), new Charge(fallback[random.Next(fallback.Length)].Code)] };
    }

    [Benchmark(Baseline = true)]
    public PrincipalOffenceResult Calculate_NoExplanation() => calculator.Calculate(defendantCase);

    [Benchmark]
    public PrincipalOffenceResult Calculate_WithExplanation() => calculator.Explain(defendantCase);

    [Benchmark]
    public PrincipalOffenceResult Calculate_WithWarnings() => calculator.Calculate(withWarnings);
}
