namespace PocEngine;

/// <summary>Describes one charge of an explained calculation: whether it counted, its rank and the facts it was ranked on.</summary>
public sealed record ExplainedCharge
{
    /// <summary>Gets the 0-based position of the charge in the case's charges.</summary>
    public required int Index { get; init; }

    /// <summary>Gets the charge.</summary>
    public required Charge Charge { get; init; }

    /// <summary>Gets whether the charge counted, and if not, why not.</summary>
    public required ChargeStatus Status { get; init; }

    /// <summary>Gets the charge's 1-based rank among the counted charges (1 is the principal), or <see langword="null"/> when it did not count.</summary>
    public int? Rank { get; init; }

    /// <summary>
    /// Gets the offence the charge was ranked as: the catalogue entry, or one made from the charge's own facts for
    /// a code outside the catalogue; <see langword="null"/> for an unknown code without facts.
    /// </summary>
    public Offence? Offence { get; init; }
}
