namespace PocEngine;

/// <summary>Names a kind of warning that a calculation reports about a charge.</summary>
public enum PocWarningKind
{
    /// <summary>The code is not in the catalogue and carries no facts, so the charge cannot be ranked.</summary>
    UnknownCode = 0,

    /// <summary>The code is not in the catalogue; the charge's own mode of trial and classification placed it.</summary>
    UnknownCodePlacedBySuppliedFacts = 1,

    /// <summary>The code is not a criminal offence, so the charge does not count.</summary>
    NotAnOffence = 2,

    /// <summary>A counted charge's category came from the fallback, not from a rule.</summary>
    FallbackCategory = 3,

    /// <summary>The code matched the catalogue only after trimming and upper-casing it.</summary>
    CodeNormalised = 4,
}
