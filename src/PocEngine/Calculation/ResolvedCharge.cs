using System;
using PocEngine.Calculation;

namespace PocEngine;

/// <summary>A charge resolved once against one rule set version: its catalogue entry and ranking found ahead of finalisation.</summary>
/// <remarks>
/// <para>
/// Resolving looks the code up (trimming and upper-casing it if needed) and, for a code outside the catalogue that
/// carries its own facts, places it by the category rules. A calculation over resolved charges then only compares
/// them, which is what makes it cheap: resolve a charge when it is entered or changed, keep the handle beside it, and
/// calculate over the handles when the case is finalised.
/// </para>
/// <para>
/// The result never depends on when a charge was resolved: a charge resolved against a version other than the one
/// used at calculation (a version coming into force later, or a rule set reloaded since) is resolved again there, so
/// only the speed differs. The <see langword="default"/> value resolves nothing and cannot be calculated with.
/// </para>
/// </remarks>
public readonly struct ResolvedCharge : IEquatable<ResolvedCharge>
{
    private readonly CompiledVersion? compiled;

    internal ResolvedCharge(Charge charge, CompiledVersion compiled, ChargeStatus status, ulong score, Offence? offence, ResolvedBy resolvedBy, bool hasWarning)
    {
        Charge = charge;
        this.compiled = compiled;
        Status = status;
        Score = score;
        Offence = offence;
        By = resolvedBy;
        HasWarning = hasWarning;
    }

    /// <summary>Gets the charge as it was given, or <see langword="null"/> for the <see langword="default"/> value.</summary>
    public Charge? Charge { get; }

    /// <summary>Gets the rule set version the charge was resolved against, or <see langword="null"/> for the <see langword="default"/> value.</summary>
    public RuleSetVersion? Version => compiled?.Version;

    /// <summary>
    /// Gets the offence the charge ranks as: its catalogue entry, or for a code outside the catalogue placed by its own
    /// facts, an entry made from them; <see langword="null"/> when the code is unknown and carries no facts, or for a
    /// removed charge whose code is not in the catalogue.
    /// </summary>
    public Offence? Offence { get; }

    /// <summary>Gets whether the charge counts, and if not, why not; <see cref="ChargeStatus.None"/> for the <see langword="default"/> value, which no resolution gives.</summary>
    public ChargeStatus Status { get; }

    internal CompiledVersion? Compiled => compiled;

    // The packed ranking keys (CompiledVersion): a counted charge outranks another with a smaller score.
    internal ulong Score { get; }

    internal ResolvedBy By { get; }

    // Whether a calculation that counts this charge reports a warning about it.
    internal bool HasWarning { get; }

    /// <summary>Returns whether two handles resolve the same charge object against the same version.</summary>
    /// <param name="left">The first handle.</param>
    /// <param name="right">The second handle.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(ResolvedCharge left, ResolvedCharge right) => left.Equals(right);

    /// <summary>Returns whether two handles differ in the charge object or the version.</summary>
    /// <param name="left">The first handle.</param>
    /// <param name="right">The second handle.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ResolvedCharge left, ResolvedCharge right) => !left.Equals(right);

    /// <summary>Returns whether another handle resolves the same charge object against the same version.</summary>
    /// <param name="other">The other handle.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    /// <remarks>Everything else a handle holds follows from the charge and the version, so they are the whole identity.</remarks>
    public bool Equals(ResolvedCharge other) => ReferenceEquals(Charge, other.Charge) && ReferenceEquals(compiled, other.compiled);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ResolvedCharge other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        Charge is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Charge),
        compiled is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(compiled));

    /// <summary>Returns the code, the status and the version, for example <c>TH68023 counted (cps 2025.1)</c>; <c>(not resolved)</c> for the default value.</summary>
    /// <returns>The short description.</returns>
    public override string ToString() => Charge is null ? "(not resolved)" : $"{Charge.Code} {PocNames.Of(Status)} ({Version})";
}
