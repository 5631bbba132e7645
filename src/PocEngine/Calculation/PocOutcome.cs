namespace PocEngine;

/// <summary>Names the outcome of a principal offence calculation.</summary>
/// <remarks>The zero value, <see cref="None"/>, is never an outcome: it is what a default <see cref="PocDecision"/> holds.</remarks>
public enum PocOutcome
{
    /// <summary>No calculation was made: the value of a default <see cref="PocDecision"/>. The engine never returns it.</summary>
    None = 0,

    /// <summary>A principal offence and its category were determined.</summary>
    Determined = 1,

    /// <summary>The case was finalised administratively, so it has no principal offence category.</summary>
    AdminFinalised = 2,

    /// <summary>
    /// No principal offence could be determined: no charge counts, or a counted charge has a code that the catalogue
    /// does not hold and no facts of its own, so it cannot be ranked.
    /// </summary>
    Undetermined = 3,
}
