namespace PocEngine;

/// <summary>Names what decided a calculation's outcome.</summary>
public enum DecidingFactor
{
    /// <summary>Nothing was decided: the outcome is <see cref="PocOutcome.Undetermined"/>.</summary>
    None = 0,

    /// <summary>The finalisation kind decided: an administrative finalisation has no principal offence.</summary>
    Finalisation = 1,

    /// <summary>Only one offence was counted (possibly charged more than once), so no ranking was needed.</summary>
    OnlyOffence = 2,

    /// <summary>The principal offence outranks the runner-up on mode of trial.</summary>
    ModeOfTrial = 3,

    /// <summary>The principal offence outranks the runner-up on maximum penalty.</summary>
    MaximumPenalty = 4,

    /// <summary>The principal offence outranks the runner-up on category precedence.</summary>
    CategoryPrecedence = 5,

    /// <summary>The principal offence outranks the runner-up on offence code, the final tie-break.</summary>
    OffenceCode = 6,
}
