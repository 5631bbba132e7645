using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace PocEngine.Benchmarks;

// Calculate on cases of real codes from the default rule set, beside the floors it is measured against. The codes are
// drawn (with a fixed seed) from offences that a category rule places, as most charged offences are; a code left to
// the fallback adds a warning to the result, which Calculate_WithWarnings measures.
//
// The floors do the least any engine must: Floor_DictionaryLookups looks each code up in a plain Dictionary of the
// same 30,356 codes (to a precomputed score) and keeps the greatest, the baseline of the string path; Floor_ResolvedMax
// keeps the greatest of scores already looked up, the floor of the resolved path. Neither builds a result.
// Decide_Resolved is the resolved path without the result object: the decision as a value, allocating nothing.
[MemoryDiagnoser]
public class CalculateBenchmarks
{
    private PocCalculator calculator = null!;
    private DefendantCase defendantCase = null!;
    private DefendantCase withWarnings = null!;
    private ResolvedCharge[] resolved = null!;
    private Dictionary<string, ulong> scoreByCode = null!;
    private string[] codes = null!;
    private ulong[] scores = null!;

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
        withWarnings = defendantCase with { Charges = [.. defendantCase.Charges.Skip(1), new Charge(fallback[random.Next(fallback.Length)].Code) { Sequence = Charges }] };
        resolved = [.. defendantCase.Charges.Select(calculator.Resolve)];

        // The floor's scores rank like the engine's (mode, then maximum, then precedence, then code): the position in
        // a LINQ ordering of the catalogue by the same keys, so the floor's maximum is a real comparison, not a constant.
        var latest = ruleSet.Latest;
        var precedence = latest.Categories.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => latest.Categories.Count - p.i);
        var ranked = latest.Offences.Where(o => o.IsEligible)
            .OrderBy(o => o.ModeOfTrial == ModeOfTrial.IndictableOnly ? 3 : o.ModeOfTrial == ModeOfTrial.EitherWay ? 2 : 1)
            .ThenBy(o => o.MaximumPenalty?.Length ?? -1)
            .ThenBy(o => precedence[o.Category!])
            .ThenByDescending(o => o.Code, StringComparer.Ordinal)
            .Select((o, i) => (o.Code, Score: (ulong)i + 1));
        scoreByCode = ranked.ToDictionary(p => p.Code, p => p.Score, StringComparer.Ordinal);
        codes = [.. defendantCase.Charges.Select(c => c.Code)];
        scores = [.. codes.Select(c => scoreByCode[c])];

        var check = calculator.Calculate(defendantCase);
        if (calculator.Calculate(defendantCase.FinalisedOn, defendantCase.Finalisation, resolved).PrincipalCharge != check.PrincipalCharge
            || codes[Array.IndexOf(scores, scores.Max())] != check.PrincipalCharge!.Code)
        {
            throw new InvalidOperationException("The resolved path or the floor disagrees with Calculate on the benchmark case.");
        }
    }

    [Benchmark(Baseline = true)]
    public ulong Floor_DictionaryLookups()
    {
        var best = 0UL;
        foreach (var code in codes)
        {
            best = Math.Max(best, scoreByCode[code]);
        }

        return best;
    }

    [Benchmark]
    public PrincipalOffenceResult Calculate_StringCodes() => calculator.Calculate(defendantCase);

    [Benchmark]
    public ulong Floor_ResolvedMax()
    {
        var best = 0UL;
        foreach (var score in scores)
        {
            best = Math.Max(best, score);
        }

        return best;
    }

    [Benchmark]
    public PrincipalOffenceResult Calculate_Resolved() => calculator.Calculate(defendantCase.FinalisedOn, FinalisationKind.Conviction, resolved);

    [Benchmark]
    public PocDecision Decide_Resolved() => calculator.Decide(defendantCase.FinalisedOn, FinalisationKind.Conviction, resolved);

    [Benchmark]
    public PrincipalOffenceResult Calculate_WithExplanation() => calculator.Explain(defendantCase);

    [Benchmark]
    public PrincipalOffenceResult Calculate_WithWarnings() => calculator.Calculate(withWarnings);
}
