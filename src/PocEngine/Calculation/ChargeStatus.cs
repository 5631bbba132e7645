namespace PocEngine;

/// <summary>Names whether a charge counted towards the principal offence, and if not, why not.</summary>
public enum ChargeStatus
{
    /// <summary>The charge counted and was ranked.</summary>
    Counted = 0,

    /// <summary>The charge was removed before finalisation.</summary>
    RemovedBeforeFinalisation = 1,

    /// <summary>The charge's code is not a criminal offence.</summary>
    NotAnOffence = 2,

    /// <summary>The charge's code is not in the catalogue and carries no facts, so it could not be ranked.</summary>
    UnknownCode = 3,

    /// <summary>The case was finalised administratively, so no charge was ranked.</summary>
    NotRanked = 4,
}
