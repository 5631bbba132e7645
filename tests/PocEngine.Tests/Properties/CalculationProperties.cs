using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace PocEngine.Tests.Properties;

// Invariants of the calculation over generated rule sets (any ordering) and generated cases.
public sealed class CalculationProperties
{
    private const int Runs = 300;

    [Property(MaxTest = Runs, Arbitrary = [typeof(Arbitraries)])]
    public bool Calculate_AgreesWithAPlainOrderByOverTheSameKeys(Scenario scenario)
    {
        var result = new PocCalculator(scenario.RuleSet).Calculate(scenario.Case());
        var oracle = Oracle(scenario);

        return oracle is null
            ? result.Outcome == PocOutcome.Undetermined
            : result.Outcome == PocOutcome.Determined && result.PrincipalCharge == oracle;
    }

    [Property(MaxTest = Runs, Arbitrary = [typeof(Arbitraries)])]
    public Property Calculate_AnyOrderOfTheCharges_GivesTheSameResult(Scenario scenario, int seed)
    {
        var calculator = new PocCalculator(scenario.RuleSet);
        var shuffled = scenario.Charges.OrderBy(_ => new Random(seed).Next()).Reverse().ToArray();

        return (Key(calculator.Calculate(scenario.Case())) == Key(calculator.Calculate(scenario.Case(shuffled)))).Label(scenario.ToString());
    }

    [Property(MaxTest = Runs, Arbitrary = [typeof(Arbitraries)])]
    public Property Calculate_DuplicatingACharge_ChangesNothing(Scenario scenario, NonNegativeInt pick)
    {
        if (scenario.Charges.Count == 0)
        {
            return true.ToProperty();
        }

        var calculator = new PocCalculator(scenario.RuleSet);
        var duplicated = scenario.Charges.Append(scenario.Charges[pick.Get % scenario.Charges.Count]);

        return (Key(calculator.Calculate(scenario.Case())) == Key(calculator.Calculate(scenario.Case(duplicated)))).Label(scenario.ToString());
    }

    [Property(MaxTest = Runs, Arbitrary = [typeof(Arbitraries)])]
    public Property Calculate_AddingAKnownCharge_NeverGivesALessSeriousPrincipal(Scenario scenario, NonNegativeInt pick)
    {
        var calculator = new PocCalculator(scenario.RuleSet);
        var before = calculator.Calculate(scenario.Case());
        var added = new Charge(scenario.Offences[pick.Get % scenario.Offences.Count].Code) { Sequence = 99 };
        var after = calculator.Calculate(scenario.Case(scenario.Charges.Append(added)));
        if (before.Outcome != PocOutcome.Determined || after.Outcome != PocOutcome.Determined)
        {
            // Only an unknown code without facts makes a case undetermined, and adding a known charge cannot cure it.
            return (before.Outcome != PocOutcome.Determined || after.Outcome == PocOutcome.Determined).Label(scenario.ToString());
        }

        return (CompareKeys(Rank(scenario, after.PrincipalOffence!), Rank(scenario, before.PrincipalOffence!)) >= 0).Label(scenario.ToString());
    }

    [Property(MaxTest = Runs, Arbitrary = [typeof(Arbitraries)])]
    public Property Calculate_RemovingAChargeThatIsNotThePrincipal_ChangesNothing(Scenario scenario, NonNegativeInt pick)
    {
        var calculator = new PocCalculator(scenario.RuleSet);
        var before = calculator.Calculate(scenario.Case());
        if (before.Outcome != PocOutcome.Determined)
        {
            return true.ToProperty();
        }

        var victim = scenario.Charges[pick.Get % scenario.Charges.Count];
        if (ReferenceEquals(victim, before.PrincipalCharge))
        {
            return true.ToProperty();
        }

        var after = calculator.Calculate(scenario.Case(scenario.Charges.Where(c => !ReferenceEquals(c, victim))));

        return (after.PrincipalCharge == before.PrincipalCharge && after.Category == before.Category).Label(scenario.ToString());
    }

    [Property(MaxTest = Runs, Arbitrary = [typeof(Arbitraries)])]
    public bool Calculate_AdministrativeFinalisation_AlwaysWins(Scenario scenario)
    {
        var result = new PocCalculator(scenario.RuleSet).Calculate(scenario.Case(scenario.Charges, FinalisationKind.Administrative));

        return result.Outcome == PocOutcome.AdminFinalised && result.Category is null && result.PrincipalCharge is null;
    }

    [Property(MaxTest = Runs, Arbitrary = [typeof(Arbitraries)])]
    public bool Calculate_PrincipalCharge_IsOneOfTheCountedCharges(Scenario scenario)
    {
        var result = new PocCalculator(scenario.RuleSet).Calculate(scenario.Case());

        return result.Outcome != PocOutcome.Determined
            || scenario.Charges.Any(c => ReferenceEquals(c, result.PrincipalCharge) && !c.RemovedBeforeFinalisation);
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(Arbitraries)])]
    public bool Explain_UnderTurkishCulture_GivesTheSameResultAsInvariant(Scenario scenario)
    {
        var calculator = new PocCalculator(scenario.RuleSet);
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => calculator.Explain(scenario.Case()));
        var turkish = WithCulture(CultureInfo.GetCultureInfo("tr-TR"), () => calculator.Explain(scenario.Case()));

        return Key(invariant) == Key(turkish) && invariant.Explanation!.Sentence == turkish.Explanation!.Sentence;
    }

    // Resolving charges ahead changes only the speed: the same outcome, principal charge (the same object), offence,
    // deciding factor and warnings, word for word, for every finalisation; and Decide gives the result's decision.
    [Property(MaxTest = Runs, Arbitrary = [typeof(Arbitraries)])]
    public Property CalculateOverResolvedCharges_GivesTheSameResultAsTheStringPath(Scenario scenario, NonNegativeInt kind)
    {
        var calculator = new PocCalculator(scenario.RuleSet);
        var finalisation = (FinalisationKind)(kind.Get % 3 + 1);
        var defendantCase = scenario.Case(scenario.Charges, finalisation);
        ResolvedCharge[] resolved = [.. scenario.Charges.Select(calculator.Resolve)];

        var byCode = calculator.Calculate(defendantCase);
        var byHandle = calculator.Calculate(defendantCase.FinalisedOn, finalisation, resolved);
        var decision = calculator.Decide(defendantCase.FinalisedOn, finalisation, resolved);

        return (Key(byCode) == Key(byHandle)
                && ReferenceEquals(byCode.PrincipalCharge, byHandle.PrincipalCharge)
                && byCode.PrincipalOffence?.Code == byHandle.PrincipalOffence?.Code
                && byCode.Warnings.Select(w => (w.Kind, w.ChargeIndex, w.ChargeCode, w.Message)).SequenceEqual(byHandle.Warnings.Select(w => (w.Kind, w.ChargeIndex, w.ChargeCode, w.Message)))
                && decision == byHandle.Decision
                && decision.HasWarnings == (byCode.Warnings.Count > 0))
            .Label(scenario.ToString());
    }

    // The explanation shows the ranking the calculation made: its first charge is the result's principal charge (the
    // same object), the runner-up its sentence names is the first ranked charge of another offence, and there is one
    // exactly when the deciding factor is a ranking key (none at all: only-offence); it agrees with Calculate.
    [Property(MaxTest = Runs, Arbitrary = [typeof(Arbitraries)])]
    public Property Explain_FirstRankedChargeIsThePrincipalAndTheSentenceNamesTheRunnerUp(Scenario scenario)
    {
        var calculator = new PocCalculator(scenario.RuleSet);
        var explained = calculator.Explain(scenario.Case());
        var calculated = calculator.Calculate(scenario.Case());
        var ranked = explained.Explanation!.Charges.Where(c => c.Rank is not null).ToList();
        if (explained.Outcome != PocOutcome.Determined)
        {
            return (Key(explained) == Key(calculated) && (explained.Outcome == PocOutcome.Undetermined || ranked.Count == 0)).Label(scenario.ToString());
        }

        var principal = ranked[0];
        var runnerUp = ranked.FirstOrDefault(c => c.Offence!.Code != principal.Offence!.Code);
        var named = runnerUp is null
            ? explained.DecidedBy == DecidingFactor.OnlyOffence && explained.Explanation.Sentence.Contains("is the only offence counted", StringComparison.Ordinal)
            : explained.DecidedBy is DecidingFactor.ModeOfTrial or DecidingFactor.MaximumPenalty or DecidingFactor.CategoryPrecedence or DecidingFactor.OffenceCode
              && explained.Explanation.Sentence.Contains($" outranks {runnerUp.Offence!.Title} ({runnerUp.Offence.Code}", StringComparison.Ordinal);
        return (Key(explained) == Key(calculated)
                && principal.Rank == 1
                && ReferenceEquals(principal.Charge, explained.PrincipalCharge)
                && ranked.Select(c => c.Rank).SequenceEqual(Enumerable.Range(1, ranked.Count).Select(r => (int?)r))
                && named)
            .Label(scenario.ToString());
    }

    // The reference: the counted charges ordered by the scenario's keys with LINQ, written from the rules' text.
    private static Charge? Oracle(Scenario scenario)
    {
        var counted = new List<(Charge Charge, IComparable[] Key)>();
        foreach (var charge in scenario.Charges.Where(c => !c.RemovedBeforeFinalisation))
        {
            if (scenario.RuleSet.Latest.TryGetOffence(charge.Code, out var offence))
            {
                if (offence.IsEligible)
                {
                    counted.Add((charge, Rank(scenario, offence)));
                }
            }
            else if (charge.ModeOfTrial is null)
            {
                return null;
            }
            else
            {
                counted.Add((charge, Rank(scenario, new Offence { Code = charge.Code, Title = "?", CjsCategory = "?", ModeOfTrial = charge.ModeOfTrial, Category = Placed(scenario, charge), ClassifiedBy = "?" })));
            }
        }

        return counted
            .OrderByDescending(c => c.Key, Comparer<IComparable[]>.Create(CompareKeys))
            .ThenBy(c => c.Charge.Sequence)
            .Select(c => c.Charge)
            .FirstOrDefault();
    }

    private static Category Placed(Scenario scenario, Charge charge)
    {
        var version = scenario.RuleSet.Latest;
        return charge.ModeOfTrial == ModeOfTrial.SummaryMotoring ? version.Categories.Single(c => c.Id == "motoring-offences")
            : charge.HomeOfficeClass == "034/01" ? version.Categories.Single(c => c.Id == "robbery")
            : version.FallbackCategory;
    }

    // Bigger is more serious on every element, in the order of the scenario's keys.
    private static IComparable[] Rank(Scenario scenario, Offence offence) =>
    [
        .. scenario.Ordering.Select<RankingKey, IComparable>(key => key switch
        {
            RankingKey.ModeOfTrial => offence.ModeOfTrial switch { ModeOfTrial.IndictableOnly => 3, ModeOfTrial.EitherWay => 2, _ => 1 },
            RankingKey.MaximumPenalty => offence.MaximumPenalty is { } max ? (max.IsLife ? double.MaxValue : (max.Years * 365.25) + (max.Months * 365.25 / 12) + (max.Weeks * 7) + max.Days) : -1.0,
            RankingKey.CategoryPrecedence => -offence.Category!.Precedence,
            _ => new ReverseOrdinal(offence.Code),
        }),
    ];

    private static int CompareKeys(IComparable[] a, IComparable[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var byKey = a[i].CompareTo(b[i]);
            if (byKey != 0)
            {
                return byKey;
            }
        }

        return 0;
    }

    private static (PocOutcome, string?, string?, int?, DecidingFactor, string) Key(PrincipalOffenceResult r) =>
        (r.Outcome, r.Category?.Id, r.PrincipalCharge?.Code, r.PrincipalCharge?.Sequence, r.DecidedBy, string.Join(",", r.Warnings.Select(w => w.Kind).Distinct().Order()));

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = culture;
        try
        {
            return action();
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    private sealed record ReverseOrdinal(string Code) : IComparable
    {
        public int CompareTo(object? obj) => string.CompareOrdinal(((ReverseOrdinal)obj!).Code, Code);
    }

    public static class Arbitraries
    {
        public static Arbitrary<Scenario> Scenario() => Generated.Scenarios();
    }
}
