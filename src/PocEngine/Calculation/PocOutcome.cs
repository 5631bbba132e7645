namespace PocEngine;

/// <summary>Names the outcome of a principal offence calculation.</summary>
public enum PocOutcome
{
    /// <summary>A principal offence and its category were determined.</summary>
    Determined = 0,

    /// <summary>The case was finalised administratively, so it has no principal offence category.</summary>
    AdminFinalised = 1,

    /// <summary>
    /// No principal offence could be determined: no charge counts, or a counted charge has a code that the catalogue
    /// does not hold and no facts of its own, so it cannot be ranked.
    /// </summary>
    Undetermined = 2,
}
