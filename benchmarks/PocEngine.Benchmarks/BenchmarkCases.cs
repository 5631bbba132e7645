using System;
using System.Linq;

namespace PocEngine.Benchmarks;

// Cases of real codes from the default rule set, drawn with the caller's seeded random from offences that a category
// rule places, as most charged offences are.
internal static class BenchmarkCases
{
    private static Offence[]? placed;

    public static DefendantCase Case(Random random, int charges)
    {
        placed ??= [.. RuleSet.Default.Latest.Offences.Where(o => o.IsEligible && o.ClassifiedBy != ClassifiedBy.Fallback)];
        return new DefendantCase(new DateOnly(2024, 5, 1), FinalisationKind.Conviction, Enumerable.Range(1, charges).Select(i => new Charge(placed[random.Next(placed.Length)].Code) { Sequence = i }));
    }
}
