using System;
using System.Collections.Generic;
using System.Threading;
using PocEngine.Calculation;

namespace PocEngine;

/// <summary>Calculates principal offence categories with a loaded rule set.</summary>
/// <remarks>
/// Pure and deterministic: the same case and rule set version give the same result on every machine, culture and
/// process, whatever the order of the charges. Safe for concurrent callers. <see cref="Calculate(DefendantCase)"/> and the
/// calculation over resolved charges allocate only the result (and a warnings list when there are warnings).
/// Over a rule set provider (rules reloaded while the application runs), each call reads the provider once, so every
/// result comes from exactly one complete rule set, which the result names by version and hash.
/// </remarks>
public sealed partial class PocCalculator : IPocCalculator
{
    private static readonly PocWarning[] NoWarnings = [];
    private static readonly Charge[] NoCharges = [];
    private readonly RuleSet? ruleSet;
    private readonly IRuleSetProvider? provider;
    private readonly string? pinnedLabel;
    private Pinned? pinned;

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
        pinnedLabel = pinnedVersion;
        pinned = new Pinned(ruleSet, ruleSet.GetVersion(pinnedVersion));
    }

    /// <summary>Creates a calculator over whatever rule set a provider has in service at the moment of each call, using the version in force on each case's finalisation date.</summary>
    /// <param name="provider">The provider of the rule set in service, such as a <see cref="FileRuleSetProvider"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    public PocCalculator(IRuleSetProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        this.provider = provider;
    }

    /// <summary>Creates a calculator over whatever rule set a provider has in service at the moment of each call, using one pinned version whatever the finalisation date.</summary>
    /// <param name="provider">The provider of the rule set in service, such as a <see cref="FileRuleSetProvider"/>.</param>
    /// <param name="pinnedVersion">The version label to use for every case.</param>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> or <paramref name="pinnedVersion"/> is null.</exception>
    /// <exception cref="RuleSetVersionNotFoundException">The rule set in service has no version with that label; a later rule set without it makes each calculation throw this.</exception>
    public PocCalculator(IRuleSetProvider provider, string pinnedVersion)
        : this(provider)
    {
        ArgumentNullException.ThrowIfNull(pinnedVersion);
        pinnedLabel = pinnedVersion;
        var current = provider.Current;
        pinned = new Pinned(current, current.GetVersion(pinnedVersion));
    }

    /// <inheritdoc/>
    public PrincipalOffenceResult Calculate(DefendantCase defendantCase) => Run(defendantCase, explain: false);

    /// <inheritdoc/>
    public PrincipalOffenceResult Explain(DefendantCase defendantCase) => Run(defendantCase, explain: true);

    /// <inheritdoc/>
    /// <remarks>
    /// Resolves against the pinned version, or else the rule set's newest version; a case finalised under another
    /// version resolves the charge again when it is calculated.
    /// </remarks>
    public ResolvedCharge Resolve(Charge charge)
    {
        ArgumentNullException.ThrowIfNull(charge);
        var rules = Rules;
        return Resolve((pinnedLabel is null ? rules.Latest : PinnedIn(rules)).Compiled, charge);
    }

#if !NETSTANDARD2_0
    /// <inheritdoc/>
    public PrincipalOffenceResult Calculate(DateOnly finalisedOn, FinalisationKind finalisation, ReadOnlySpan<ResolvedCharge> charges) =>
        Calculate(Decide(finalisedOn, finalisation, charges), charges);

    /// <inheritdoc/>
    public PocDecision Decide(DateOnly finalisedOn, FinalisationKind finalisation, ReadOnlySpan<ResolvedCharge> charges) =>
        Decide(finalisedOn, finalisation, charges, nameof(charges));
#endif

    /// <inheritdoc/>
    public PrincipalOffenceResult Calculate(DateTime finalisedOn, FinalisationKind finalisation, ReadOnlySpan<ResolvedCharge> charges) =>
        Calculate(Decide(PocDates.FromDateTime(finalisedOn, nameof(finalisedOn)), finalisation, charges, nameof(charges)), charges);

    /// <inheritdoc/>
    public PocDecision Decide(DateTime finalisedOn, FinalisationKind finalisation, ReadOnlySpan<ResolvedCharge> charges) =>
        Decide(PocDates.FromDateTime(finalisedOn, nameof(finalisedOn)), finalisation, charges, nameof(charges));

    private PrincipalOffenceResult Run(DefendantCase defendantCase, bool explain)
    {
        ArgumentNullException.ThrowIfNull(defendantCase);
        var version = VersionFor(defendantCase.Date);
        if (explain)
        {
            return Explained(version, defendantCase);
        }

        var ranking = default(Ranking);
        if (defendantCase.Finalisation == FinalisationKind.Administrative)
        {
            return Finish(Decision(version, PocOutcome.AdminFinalised, ranking), defendantCase.Charges);
        }

        var compiled = version.Compiled;
        foreach (var charge in defendantCase.ChargeArray)
        {
            if (!charge.RemovedBeforeFinalisation)
            {
                ranking.Add(Resolve(compiled, charge));
            }
        }

        return Finish(Decision(version, ranking.Outcome, ranking), defendantCase.Charges);
    }

    // Charges resolved against another version (or reloaded rules) are resolved again against the one in force; an
    // administrative finalisation ranks nothing, but its handles are still checked.
    private PocDecision Decide(DateOnly finalisedOn, FinalisationKind finalisation, ReadOnlySpan<ResolvedCharge> charges, string paramName)
    {
        DefendantCase.CheckFinalisation(finalisation, nameof(finalisation));
        var version = VersionFor(finalisedOn);
        var compiled = version.Compiled;
        var ranking = default(Ranking);
        for (var i = 0; i < charges.Length; i++)
        {
            ref readonly var charge = ref charges[i];
            if (ReferenceEquals(charge.Compiled, compiled))
            {
                ranking.Add(in charge);
            }
            else
            {
                ranking.Add(Resolve(compiled, charge.Charge ?? throw NotResolved(i, paramName)));
            }
        }

        return Decision(version, finalisation == FinalisationKind.Administrative ? PocOutcome.AdminFinalised : ranking.Outcome, ranking);
    }

    // The rule set of this call: the calculator's own, or the provider's in service now (read once per call).
    private RuleSet Rules => ruleSet ?? provider!.Current;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private RuleSetVersion VersionFor(DateOnly date)
    {
        var rules = Rules;
        return pinnedLabel is null ? rules.VersionInForce(date) : PinnedIn(rules);
    }

    // The pinned version of a rule set, found once per rule set in service: a reload replaces it, and a race between
    // two threads after a reload only makes a spare.
    private RuleSetVersion PinnedIn(RuleSet rules)
    {
        var cached = Volatile.Read(ref pinned);
        if (cached is not null && ReferenceEquals(cached.RuleSet, rules))
        {
            return cached.Version;
        }

        var fresh = new Pinned(rules, rules.GetVersion(pinnedLabel!));
        Volatile.Write(ref pinned, fresh);
        return fresh.Version;
    }

    private static PrincipalOffenceResult Calculate(in PocDecision decision, ReadOnlySpan<ResolvedCharge> charges) =>
        Finish(decision, decision.HasWarnings ? ChargesOf(charges) : NoCharges);

    private static PocDecision Decision(RuleSetVersion version, PocOutcome outcome, in Ranking ranking)
    {
        Metrics.Calculated(outcome);
        switch (outcome)
        {
            case PocOutcome.AdminFinalised:
                return new PocDecision(version, outcome, null, null, DecidingFactor.Finalisation, hasWarnings: false);
            case PocOutcome.Undetermined:
                return new PocDecision(version, outcome, null, null, DecidingFactor.None, ranking.AnyWarning);
        }

        var best = ranking.Best;
        var decidedBy = ranking.SecondScore == 0 ? DecidingFactor.OnlyOffence : version.Compiled.DecidingFactor(best.Score, ranking.SecondScore);
        return new PocDecision(version, outcome, best.Charge, best.Offence, decidedBy, ranking.AnyWarning);
    }

    // The warnings are built again from the charges: they are only asked for on the slower paths.
    private static PrincipalOffenceResult Finish(in PocDecision decision, IReadOnlyList<Charge> charges, PocExplanation? explanation = null)
    {
        IReadOnlyList<PocWarning> warnings = decision.HasWarnings ? BuildWarnings(decision.RuleSetVersion!, charges) : NoWarnings;
        return new PrincipalOffenceResult(decision, warnings, explanation);
    }

    // The handles were checked when ranked, so each has its charge.
    private static Charge[] ChargesOf(ReadOnlySpan<ResolvedCharge> resolved)
    {
        var charges = new Charge[resolved.Length];
        for (var i = 0; i < resolved.Length; i++)
        {
            charges[i] = resolved[i].Charge!;
        }

        return charges;
    }

    private static ArgumentException NotResolved(int index, string paramName) =>
        new($"Charge {index.ToString(System.Globalization.CultureInfo.InvariantCulture)} was never resolved: it is the default ResolvedCharge; make each one with Resolve.", paramName);

    // A total order on counted charges: the packed score, then the code (two codes outside the catalogue can share a
    // score), then the smaller sequence number, then the smaller id; charges equal on all of these are equal records.
    private static bool Outranks(in ResolvedCharge a, in ResolvedCharge b)
    {
        if (a.Score != b.Score)
        {
            return a.Score > b.Score;
        }

        var byCode = string.CompareOrdinal(a.Charge!.Code, b.Charge!.Code);
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
    private static bool SameOffence(in ResolvedCharge a, in ResolvedCharge b) =>
        a.By == ResolvedBy.SuppliedFacts || b.By == ResolvedBy.SuppliedFacts
            ? string.Equals(a.Charge!.Code, b.Charge!.Code, StringComparison.Ordinal)
            : ReferenceEquals(a.Offence, b.Offence);

    private static int CompareNullsLast(int? a, int? b)
    {
        if (a.HasValue && b.HasValue)
        {
            return a.Value.CompareTo(b.Value);
        }

        return a.HasValue ? -1 : b.HasValue ? 1 : 0;
    }

    // The charges seen so far: the principal (best), the score of the best other offence (0 when there is none),
    // which gives the deciding factor; whether any charge gives a warning, and whether any could not be ranked.
    // Within the catalogue, two charges are the same offence exactly when their scores are equal, so ranking is a
    // comparison of scores, and only equal scores need the rest of the order; a code placed by its own facts takes
    // the general route, where codes outside the catalogue can share a score.
    private struct Ranking
    {
        public ResolvedCharge Best;
        public ulong SecondScore;
        public bool AnyWarning;
        public bool Unranked;

        public readonly PocOutcome Outcome => Unranked || Best.Charge is null ? PocOutcome.Undetermined : PocOutcome.Determined;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Add(in ResolvedCharge charge)
        {
            AnyWarning |= charge.HasWarning;
            var score = charge.Score;
            if (score == 0)
            {
                Unranked |= charge.Status == ChargeStatus.UnknownCode;
            }
            else if (Best.Charge is null)
            {
                Best = charge;
            }
            else if (charge.By == ResolvedBy.SuppliedFacts || Best.By == ResolvedBy.SuppliedFacts)
            {
                AddPlacedByFacts(charge);
            }
            else if (score > Best.Score)
            {
                SecondScore = Best.Score;
                Best = charge;
            }
            else if (score == Best.Score)
            {
                if (Outranks(charge, Best))
                {
                    Best = charge;
                }
            }
            else if (score > SecondScore)
            {
                SecondScore = score;
            }
        }

        private void AddPlacedByFacts(in ResolvedCharge charge)
        {
            if (SameOffence(charge, Best))
            {
                if (Outranks(charge, Best))
                {
                    Best = charge;
                }
            }
            else if (Outranks(charge, Best))
            {
                SecondScore = Best.Score;
                Best = charge;
            }
            else if (charge.Score > SecondScore)
            {
                SecondScore = charge.Score;
            }
        }
    }

    private sealed record Pinned(RuleSet RuleSet, RuleSetVersion Version);
}
