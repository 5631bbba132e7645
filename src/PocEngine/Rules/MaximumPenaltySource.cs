namespace PocEngine;

/// <summary>Names where an offence's maximum penalty came from.</summary>
public enum MaximumPenaltySource
{
    /// <summary>No maximum is known.</summary>
    None = 0,

    /// <summary>The offence's own catalogue entry gives it.</summary>
    Catalogue = 1,

    /// <summary>
    /// Derived from the base offence of an inchoate variant (attempt, aid and abet, conspiracy, incitement), which in
    /// England and Wales carries the same maximum as the full offence.
    /// </summary>
    InchoateBase = 2,

    /// <summary>Taken from the current equivalent of a legacy offence, which an override names (<c>maximum-from</c>).</summary>
    Equivalent = 3,

    /// <summary>
    /// Derived from the other offences of the same Home Office classification and mode of trial, when at least two of
    /// them give a maximum in the catalogue and all of those agree (<c>derive-class-maximum</c>).
    /// </summary>
    HomeOfficeClassPeers = 4,

    /// <summary>
    /// Derived from the inchoate variants of a full offence that gives none (attempt, aid and abet, conspiracy,
    /// incitement), when all of them that give a maximum agree: they carry the maximum of the full offence.
    /// </summary>
    InchoateVariants = 5,
}
