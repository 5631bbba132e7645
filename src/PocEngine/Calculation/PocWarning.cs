namespace PocEngine;

/// <summary>Describes one warning about a charge of a calculated case.</summary>
/// <param name="Kind">What kind of warning it is.</param>
/// <param name="ChargeIndex">The 0-based position of the charge in the case's charges.</param>
/// <param name="ChargeCode">The charge's code as the case gave it (<see cref="Charge.Code"/>); the normalised code of an offence is <see cref="Offence.Code"/>.</param>
/// <param name="Message">One sentence saying what was found and what it means for the result.</param>
public sealed record PocWarning(PocWarningKind Kind, int ChargeIndex, string ChargeCode, string Message);
