using System;

namespace PocEngine;

/// <summary>The decision of a calculation without its warnings' text or explanation: a value, so that getting it allocates nothing.</summary>
/// <remarks>
/// <see cref="IPocCalculator.Decide(DateTime, FinalisationKind, ReadOnlySpan{ResolvedCharge})"/> returns it for the
/// hottest callers; <see cref="PrincipalOffenceResult"/> carries the same decision with the warnings and, when asked
/// for, the explanation.
/// </remarks>
public readonly struct PocDecision : IEquatable<PocDecision>
{
    internal PocDecision(RuleSetVersion version, PocOutcome outcome, Charge? principalCharge, Offence? principalOffence, DecidingFactor decidedBy, bool hasWarnings)
    {
        RuleSetVersion = version;
        Outcome = outcome;
        PrincipalCharge = principalCharge;
        PrincipalOffence = principalOffence;
        DecidedBy = decidedBy;
        HasWarnings = hasWarnings;
    }

    /// <summary>Gets the outcome: determined, administratively finalised, or undetermined; <see cref="PocOutcome.None"/> for the <see langword="default"/> value, which no calculation returns.</summary>
    public PocOutcome Outcome { get; }

    /// <summary>Gets the principal offence category, or <see langword="null"/> unless the outcome is determined.</summary>
    public Category? Category => PrincipalOffence?.Category;

    /// <summary>Gets the principal charge, the caller's charge unchanged, or <see langword="null"/> unless the outcome is determined.</summary>
    public Charge? PrincipalCharge { get; }

    /// <summary>Gets the offence the principal charge was ranked as, or <see langword="null"/> unless the outcome is determined.</summary>
    public Offence? PrincipalOffence { get; }

    /// <summary>Gets what decided the outcome: the ranking key on which the principal offence outranks the runner-up, or another factor.</summary>
    public DecidingFactor DecidedBy { get; }

    /// <summary>Gets a value indicating whether the calculation has warnings about the charges; a full calculation gives their text.</summary>
    public bool HasWarnings { get; }

    /// <summary>Gets the rule set version that made the decision, or <see langword="null"/> for the <see langword="default"/> value.</summary>
    public RuleSetVersion? RuleSetVersion { get; }

    /// <summary>Returns whether two decisions are equal: the same version, outcome, principal charge object, offence, deciding factor and warning flag.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(PocDecision left, PocDecision right) => left.Equals(right);

    /// <summary>Returns whether two decisions differ.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PocDecision left, PocDecision right) => !left.Equals(right);

    /// <summary>Returns whether another decision is equal to this one.</summary>
    /// <param name="other">The other decision.</param>
    /// <returns><see langword="true"/> when the version, outcome, principal charge object, offence, deciding factor and warning flag are the same.</returns>
    public bool Equals(PocDecision other) =>
        ReferenceEquals(RuleSetVersion, other.RuleSetVersion) && Outcome == other.Outcome && ReferenceEquals(PrincipalCharge, other.PrincipalCharge)
        && ReferenceEquals(PrincipalOffence, other.PrincipalOffence) && DecidedBy == other.DecidedBy && HasWarnings == other.HasWarnings;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PocDecision other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RuleSetVersion, Outcome, PrincipalCharge, DecidedBy, HasWarnings);

    /// <summary>Returns the outcome and, when determined, the category, the principal code and the deciding factor, for example <c>determined robbery TH68023 (mode-of-trial, cps 2026.1)</c>; <c>(no decision)</c> for the default value.</summary>
    /// <returns>The short description.</returns>
    public override string ToString() => Outcome switch
    {
        PocOutcome.None => "(no decision)",
        PocOutcome.Determined => $"{PocNames.Of(Outcome)} {Category?.Id} {PrincipalCharge?.Code} ({PocNames.Of(DecidedBy)}, {RuleSetVersion})",
        _ => $"{PocNames.Of(Outcome)} ({RuleSetVersion})",
    };
}
