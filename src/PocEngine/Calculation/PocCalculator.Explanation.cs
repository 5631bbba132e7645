using System.Collections.Generic;
using System.Linq;

namespace PocEngine;

/// <content>Builds the explanation: every charge ranked or excluded, and the sentence.</content>
public sealed partial class PocCalculator
{
    // The calculation and its explanation from one ranking: every charge is resolved once, ranked by the same order
    // as the one-pass calculation (Ranking, which keeps only the best and the best other offence's score), and the
    // explanation lists them in that order. So its first charge is the result's principal charge, and the runner-up
    // the sentence names is the charge whose score gave the deciding factor.
    private static PrincipalOffenceResult Explained(RuleSetVersion version, DefendantCase defendantCase)
    {
        var charges = defendantCase.Charges;
        var administrative = defendantCase.Finalisation == FinalisationKind.Administrative;
        var resolved = new ResolvedCharge[charges.Count];
        var ranking = default(Ranking);
        for (var i = 0; i < charges.Count && !administrative; i++)
        {
            resolved[i] = Resolve(version.Compiled, charges[i]);
            if (!charges[i].RemovedBeforeFinalisation)
            {
                ranking.Add(resolved[i]);
            }
        }

        var decision = Decision(version, administrative ? PocOutcome.AdminFinalised : ranking.Outcome, ranking);
        return Finish(decision, charges, Explain(version, defendantCase, resolved, decision));
    }

    private static PocExplanation Explain(RuleSetVersion version, DefendantCase defendantCase, ResolvedCharge[] resolved, in PocDecision decision)
    {
        var charges = defendantCase.Charges;
        var counted = new List<int>();
        var excluded = new List<ExplainedCharge>();
        for (var i = 0; i < charges.Count; i++)
        {
            if (decision.Outcome == PocOutcome.AdminFinalised)
            {
                excluded.Add(new ExplainedCharge(i, charges[i], ChargeStatus.NotRanked, null, null));
            }
            else if (resolved[i].Status == ChargeStatus.Counted)
            {
                counted.Add(i);
            }
            else
            {
                excluded.Add(new ExplainedCharge(i, charges[i], resolved[i].Status, null, resolved[i].Offence));
            }
        }

        // The calculation's order (Outranks), whose greatest is the result's principal; equal charges keep case order.
        counted.Sort((a, b) => Outranks(resolved[a], resolved[b]) ? -1 : Outranks(resolved[b], resolved[a]) ? 1 : a.CompareTo(b));
        var ranked = counted.Select((i, rank) => new ExplainedCharge(i, charges[i], ChargeStatus.Counted, rank + 1, resolved[i].Offence));
        var best = counted.Count > 0 ? resolved[counted[0]] : default;
        var second = counted.Select(i => resolved[i]).FirstOrDefault(c => !SameOffence(c, best));
        return new PocExplanation([.. ranked.Concat(excluded)], Sentence(version, defendantCase, decision.Outcome, best, second, decision.DecidedBy, excluded));
    }

    private static string Sentence(RuleSetVersion version, DefendantCase defendantCase, PocOutcome outcome, ResolvedCharge best, ResolvedCharge second, DecidingFactor decidedBy, List<ExplainedCharge> excluded)
    {
        switch (outcome)
        {
            case PocOutcome.AdminFinalised:
                return "The case was finalised administratively, so it has no principal offence category.";
            case PocOutcome.Undetermined:
                var unknown = excluded.Where(e => e.Status == ChargeStatus.UnknownCode).Select(e => e.Charge.Code).Distinct().ToArray();
                if (unknown.Length > 0)
                {
                    return $"The principal offence cannot be determined: {Join(unknown)} {(unknown.Length == 1 ? "is" : "are")} not in rule set {version.RuleSetId} version {version.Label} and {(unknown.Length == 1 ? "has" : "have")} no mode of trial, so {(unknown.Length == 1 ? "it" : "they")} cannot be ranked.";
                }

                return defendantCase.Charges.Count == 0
                    ? "The principal offence cannot be determined: the case has no charges."
                    : "The principal offence cannot be determined: no charge counts, as every charge was removed before finalisation or is not a criminal offence.";
        }

        var principal = best.Offence!;
        if (decidedBy == DecidingFactor.OnlyOffence)
        {
            return $"{principal.DisplayTitle} ({principal.Code}) is the only offence counted, so it is the principal offence and the category is {principal.Category!.Name}.";
        }

        var runnerUp = second.Offence!;
        var key = RankingKeys.Of(decidedBy);
        var a = key.Describe(principal);
        var b = key.Describe(runnerUp);
        var left = a is null ? principal.Code : $"{principal.Code}, {a}";
        var right = b is null ? runnerUp.Code : $"{runnerUp.Code}, {b}";
        return $"{principal.DisplayTitle} ({left}) outranks {runnerUp.DisplayTitle} ({right}) on {key.Phrase}.";
    }

    private static string Join(string[] codes) => codes.Length == 1 ? codes[0] : string.Join(", ", codes, 0, codes.Length - 1) + " and " + codes[^1];
}
