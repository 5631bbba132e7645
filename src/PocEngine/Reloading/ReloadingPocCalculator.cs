using System;
using System.Threading;

namespace PocEngine;

/// <summary>Calculates with whatever rule set a provider has in service at the moment of each call.</summary>
/// <remarks>
/// Each call reads the provider once, so every result comes from exactly one complete rule set, which the result
/// names by version and hash. Thread-safe.
/// </remarks>
public sealed class ReloadingPocCalculator : IPocCalculator
{
    private readonly IRuleSetProvider provider;
    private readonly string? pinnedVersion;
    private Pinned? pinned;

    /// <summary>Creates a calculator over a rule set provider.</summary>
    /// <param name="provider">The provider of the rule set in service.</param>
    /// <param name="pinnedVersion">A version label to use for every case, or <see langword="null"/> for the version in force on each date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    public ReloadingPocCalculator(IRuleSetProvider provider, string? pinnedVersion = null)
    {
        ArgumentNullException.ThrowIfNull(provider);
        this.provider = provider;
        this.pinnedVersion = pinnedVersion;
    }

    /// <inheritdoc/>
    public PrincipalOffenceResult Calculate(DefendantCase defendantCase) => For(provider.Current).Calculate(defendantCase);

    /// <inheritdoc/>
    public PrincipalOffenceResult Explain(DefendantCase defendantCase) => For(provider.Current).Explain(defendantCase);

    /// <inheritdoc/>
    /// <remarks>Resolves against the rule set in service now; after a reload, the charge is resolved again when it is calculated.</remarks>
    public ResolvedCharge Resolve(Charge charge) => For(provider.Current).Resolve(charge);

#if !NETSTANDARD2_0
    /// <inheritdoc/>
    public PrincipalOffenceResult Calculate(DateOnly finalisedOn, FinalisationKind finalisation, ReadOnlySpan<ResolvedCharge> charges) =>
        For(provider.Current).Calculate(finalisedOn, finalisation, charges);

    /// <inheritdoc/>
    public PocDecision Decide(DateOnly finalisedOn, FinalisationKind finalisation, ReadOnlySpan<ResolvedCharge> charges) =>
        For(provider.Current).Decide(finalisedOn, finalisation, charges);
#endif

    /// <inheritdoc/>
    public PrincipalOffenceResult Calculate(DateTime finalisedOn, FinalisationKind finalisation, ReadOnlySpan<ResolvedCharge> charges) =>
        For(provider.Current).Calculate(finalisedOn, finalisation, charges);

    /// <inheritdoc/>
    public PocDecision Decide(DateTime finalisedOn, FinalisationKind finalisation, ReadOnlySpan<ResolvedCharge> charges) =>
        For(provider.Current).Decide(finalisedOn, finalisation, charges);

    // The pinned calculator is made once per rule set in service, not per call: a reload replaces it, and a race
    // between two threads after a reload only makes a spare.
    private PocCalculator For(RuleSet ruleSet)
    {
        if (pinnedVersion is null)
        {
            return ruleSet.Calculator;
        }

        var cached = Volatile.Read(ref pinned);
        if (cached is not null && ReferenceEquals(cached.RuleSet, ruleSet))
        {
            return cached.Calculator;
        }

        var fresh = new Pinned(ruleSet, new PocCalculator(ruleSet, pinnedVersion));
        Volatile.Write(ref pinned, fresh);
        return fresh.Calculator;
    }

    private sealed record Pinned(RuleSet RuleSet, PocCalculator Calculator);
}
