using System;
using System.Collections.Generic;
using PocEngine.Calculation;

namespace PocEngine;

/// <summary>Calculates principal offence categories with a loaded rule set.</summary>
/// <remarks>
/// Pure and deterministic: the same case and rule set version give the same result on every machine, culture and
/// process, whatever the order of the charges. Safe for concurrent callers. <see cref="Calculate"/> allocates only
/// the result (and a warnings list when there are warnings).
/// </remarks>
public sealed partial class PocCalculator : IPocCalculator
{
    private static readonly PocWarning[] NoWarnings = [];
    private readonly RuleSet ruleSet;
    private readonly RuleSetVersion? pinned;

    /// <summary>Creates a calculator that uses the version in force on each case's finalisation date.</summary>
    /// <param name="ruleSet">The loaded rule set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public PocCalculator(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        this.ruleSet = ruleSet;
    }

    /// <summary>Creates a calculator that uses one pinned version whatever the finalisation date.</summary>
    /// <param name="ruleSet">The loaded rule set.</param>
    /// <param name="pinnedVersion">The version label to use for every case.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> or <paramref name="pinnedVersion"/> is null.</exception>
    /// <exception cref="RuleSetVersionNotFoundException">The rule set has no version with that label.</exception>
    public PocCalculator(RuleSet ruleSet, string pinnedVersion)
        : this(ruleSet)
    {
        ArgumentNullException.ThrowIfNull(pinnedVersion);
        pinned = ruleSet.GetVersion(pinnedVersion);
    }

    /// <inheritdoc/>
    public PrincipalOffenceResult Calculate(DefendantCase defendantCase) => Run(defendantCase, explain: false);

    /// <inheritdoc/>
    public PrincipalOffenceResult Explain(DefendantCase defendantCase) => Run(defendantCase, explain: true);

    private PrincipalOffenceResult Run(DefendantCase defendantCase, bool explain)
    {
        ArgumentNullException.ThrowIfNull(defendantCase);
        var version = pinned ?? ruleSet.VersionInForce(defendantCase.Date);
        var compiled = version.Compiled;
        var charges = defendantCase.Charges;
        if (defendantCase.Finalisation == FinalisationKind.Administrative)
        {
            return Finish(version, defendantCase, PocOutcome.AdminFinalised, default, default, DecidingFactor.Finalisation, anyWarning: false, explain);
        }

        var best = default(Candidate);
        var second = default(Candidate);
        var anyWarning = false;
        var unranked = false;
        for (var i = 0; i < charges.Count; i++)
        {
            var charge = charges[i];
            if (charge.RemovedBeforeFinalisation)
            {
                continue;
            }

            var candidate = Resolve(compiled, charge, i);
            anyWarning |= candidate.HasWarning;
            if (candidate.Status == ChargeStatus.UnknownCode)
            {
                unranked = true;
            }

            if (candidate.Status != ChargeStatus.Counted)
            {
                continue;
            }

            if (!best.IsSet)
            {
                best = candidate;
            }
            else if (SameOffence(candidate, best))
            {
                if (Outranks(candidate, best))
                {
                    best = candidate;
                }
            }
            else if (Outranks(candidate, best))
            {
                second = best;
                best = candidate;
            }
            else if (!second.IsSet || Outranks(candidate, second))
            {
                second = candidate;
            }
        }

        if (unranked || !best.IsSet)
        {
            return Finish(version, defendantCase, PocOutcome.Undetermined, default, default, DecidingFactor.None, anyWarning, explain);
        }

        var decidedBy = second.IsSet ? ToFactor(compiled.DecidingKey(best.Score, second.Score)) : DecidingFactor.OnlyOffence;
        return Finish(version, defendantCase, PocOutcome.Determined, best, second, decidedBy, anyWarning, explain);
    }

    private static PrincipalOffenceResult Finish(RuleSetVersion version, DefendantCase defendantCase, PocOutcome outcome, Candidate best, Candidate second, DecidingFactor decidedBy, bool anyWarning, bool explain)
    {
        IReadOnlyList<PocWarning> warnings = anyWarning ? BuildWarnings(version, defendantCase) : NoWarnings;
        var explanation = explain ? BuildExplanation(version, defendantCase, outcome, best, second, decidedBy) : null;
        return new PrincipalOffenceResult(version, outcome, best.Offence?.Category, best.IsSet ? best.Charge : null, best.Offence, decidedBy, warnings, explanation);
    }

    // A total order on counted charges: the packed score, then the code (two codes outside the catalogue can share a
    // score), then the smaller sequence number, then the smaller id; charges equal on all of these are equal records.
    private static bool Outranks(in Candidate a, in Candidate b)
    {
        if (a.Score != b.Score)
        {
            return a.Score > b.Score;
        }

        var byCode = string.CompareOrdinal(a.Charge.Code, b.Charge.Code);
        if (byCode != 0)
        {
            return byCode < 0;
        }

        var bySequence = CompareNullsLast(a.Charge.Sequence, b.Charge.Sequence);
        if (bySequence != 0)
        {
            return bySequence < 0;
        }

        if (a.Charge.Id is null || b.Charge.Id is null)
        {
            return a.Charge.Id is not null;
        }

        return string.CompareOrdinal(a.Charge.Id, b.Charge.Id) < 0;
    }

    // Two charges are the same offence when they resolved to the same catalogue entry (even if one code needed
    // normalising), or, outside the catalogue, when their codes are equal.
    private static bool SameOffence(in Candidate a, in Candidate b) =>
        a.Source == Source.SuppliedFacts || b.Source == Source.SuppliedFacts
            ? string.Equals(a.Charge.Code, b.Charge.Code, StringComparison.Ordinal)
            : ReferenceEquals(a.Offence, b.Offence);

    private static int CompareNullsLast(int? a, int? b)
    {
        if (a.HasValue && b.HasValue)
        {
            return a.Value.CompareTo(b.Value);
        }

        return a.HasValue ? -1 : b.HasValue ? 1 : 0;
    }

    private static DecidingFactor ToFactor(RankingKey key) => RankingKeys.Of(key).Factor;

    private enum Source
    {
        Catalogue,
        NormalisedCode,
        SuppliedFacts,
    }

    private readonly record struct Candidate(Charge Charge, int Index, ChargeStatus Status, ulong Score, Offence? Offence, Source Source, bool HasWarning)
    {
        public bool IsSet => Charge is not null;
    }
}
