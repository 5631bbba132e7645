using System.Collections.Generic;
using System.Linq;

namespace PocEngine;

/// <content>Builds the explanation: every charge ranked or excluded, and the sentence.</content>
public sealed partial class PocCalculator
{
    private static PocExplanation BuildExplanation(RuleSetVersion version, DefendantCase defendantCase, PocOutcome outcome, DecidingFactor decidedBy)
    {
        var charges = defendantCase.Charges;
        var counted = new List<(ResolvedCharge Charge, int Index)>();
        var excluded = new List<ExplainedCharge>();
        for (var i = 0; i < charges.Count; i++)
        {
            var charge = charges[i];
            if (outcome == PocOutcome.AdminFinalised)
            {
                excluded.Add(new ExplainedCharge(i, charge, ChargeStatus.NotRanked, null, null));
                continue;
            }

            var candidate = Resolve(version.Compiled, charge);
            if (candidate.Status == ChargeStatus.Counted)
            {
                counted.Add((candidate, i));
            }
            else
            {
                excluded.Add(new ExplainedCharge(i, charge, candidate.Status, null, candidate.Offence));
            }
        }

        counted.Sort((a, b) => Outranks(a.Charge, b.Charge) ? -1 : Outranks(b.Charge, a.Charge) ? 1 : a.Index.CompareTo(b.Index));
        var ranked = counted.Select((c, rank) => new ExplainedCharge(c.Index, c.Charge.Charge!, ChargeStatus.Counted, rank + 1, c.Charge.Offence));
        var all = ranked.Concat(excluded).ToArray();

        // The principal is the first in rank order; the runner-up, the first charge of another offence.
        var best = counted.Count > 0 ? counted[0].Charge : default;
        var second = counted.Find(c => !SameOffence(c.Charge, best)).Charge;
        return new PocExplanation(all, Sentence(version, defendantCase, outcome, best, second, decidedBy, excluded));
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
            return $"{principal.Title} ({principal.Code}) is the only offence counted, so it is the principal offence and the category is {principal.Category!.Name}.";
        }

        var runnerUp = second.Offence!;
        var key = RankingKeys.Of(decidedBy);
        var a = key.Describe(principal);
        var b = key.Describe(runnerUp);
        var left = a is null ? principal.Code : $"{principal.Code}, {a}";
        var right = b is null ? runnerUp.Code : $"{runnerUp.Code}, {b}";
        return $"{principal.Title} ({left}) outranks {runnerUp.Title} ({right}) on {key.Phrase}.";
    }

    private static string Join(string[] codes) => codes.Length == 1 ? codes[0] : string.Join(", ", codes, 0, codes.Length - 1) + " and " + codes[^1];
}
