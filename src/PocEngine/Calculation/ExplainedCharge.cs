using System;

namespace PocEngine;

/// <summary>Describes one charge of an explained calculation: whether it counted, its rank and the facts it was ranked on.</summary>
/// <remarks>Built only by the library. Two explained charges are equal when all their members are.</remarks>
public sealed class ExplainedCharge : IEquatable<ExplainedCharge>
{
    internal ExplainedCharge(int index, Charge charge, ChargeStatus status, int? rank, Offence? offence)
    {
        Index = index;
        Charge = charge;
        Status = status;
        Rank = rank;
        Offence = offence;
    }

    /// <summary>Gets the 0-based position of the charge in the case's charges.</summary>
    public int Index { get; }

    /// <summary>Gets the charge.</summary>
    public Charge Charge { get; }

    /// <summary>Gets whether the charge counted, and if not, why not.</summary>
    public ChargeStatus Status { get; }

    /// <summary>Gets the charge's 1-based rank among the counted charges (1 is the principal), or <see langword="null"/> when it did not count.</summary>
    public int? Rank { get; }

    /// <summary>
    /// Gets the offence the charge was ranked as: the catalogue entry, or one made from the charge's own facts for
    /// a code outside the catalogue; <see langword="null"/> for an unknown code without facts.
    /// </summary>
    public Offence? Offence { get; }

    /// <inheritdoc/>
    public bool Equals(ExplainedCharge? other) =>
        other is not null && Index == other.Index && Charge.Equals(other.Charge) && Status == other.Status && Rank == other.Rank && Equals(Offence, other.Offence);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExplainedCharge);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Index, Charge, Status, Rank);

    /// <summary>Returns the rank (or status), the position and the code, for example <c>1 charges[0] TH68023</c>.</summary>
    /// <returns>The explained charge on one line.</returns>
    public override string ToString() => FormattableString.Invariant($"{(Rank is { } rank ? rank.ToString(System.Globalization.CultureInfo.InvariantCulture) : PocNames.Of(Status))} charges[{Index}] {Charge.Code}");
}
