namespace PocEngine;

/// <summary>Describes one warning about a charge of a calculated case.</summary>
/// <param name="Kind">What kind of warning it is.</param>
/// <param name="ChargeIndex">The 0-based position of the charge in the case's charges.</param>
/// <param name="Code">The charge's code as the case gave it.</param>
/// <param name="Message">One sentence saying what was found and what it means for the result.</param>
public sealed record PocWarning(PocWarningKind Kind, int ChargeIndex, string Code, string Message);
