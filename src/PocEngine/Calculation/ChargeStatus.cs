namespace PocEngine;

/// <summary>Names whether a charge counted towards the principal offence, and if not, why not.</summary>
/// <remarks>The zero value, <see cref="None"/>, is never a status the engine gives: it is what a default <see cref="ResolvedCharge"/> holds.</remarks>
public enum ChargeStatus
{
    /// <summary>The charge was not resolved: the value of a default <see cref="ResolvedCharge"/>. The engine never gives it.</summary>
    None = 0,

    /// <summary>The charge counted and was ranked.</summary>
    Counted = 1,

    /// <summary>The charge was removed before finalisation.</summary>
    RemovedBeforeFinalisation = 2,

    /// <summary>The charge's code is not a criminal offence.</summary>
    NotAnOffence = 3,

    /// <summary>The charge's code is not in the catalogue and carries no facts, so it could not be ranked.</summary>
    UnknownCode = 4,

    /// <summary>The case was finalised administratively, so no charge was ranked.</summary>
    NotRanked = 5,
}
