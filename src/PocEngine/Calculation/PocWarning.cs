using System;

namespace PocEngine;

/// <summary>Describes one warning about a charge of a calculated case.</summary>
/// <remarks>Built only by the library. Two warnings are equal when all their members are.</remarks>
public sealed class PocWarning : IEquatable<PocWarning>
{
    internal PocWarning(PocWarningKind kind, int chargeIndex, string chargeCode, string message)
    {
        Kind = kind;
        ChargeIndex = chargeIndex;
        ChargeCode = chargeCode;
        Message = message;
    }

    /// <summary>Gets what kind of warning it is.</summary>
    public PocWarningKind Kind { get; }

    /// <summary>Gets the 0-based position of the charge in the case's charges.</summary>
    public int ChargeIndex { get; }

    /// <summary>Gets the charge's code as the case gave it (<see cref="Charge.Code"/>); the normalised code of an offence is <see cref="Offence.Code"/>.</summary>
    public string ChargeCode { get; }

    /// <summary>Gets one sentence saying what was found and what it means for the result.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(PocWarning? other) =>
        other is not null && Kind == other.Kind && ChargeIndex == other.ChargeIndex && string.Equals(ChargeCode, other.ChargeCode, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PocWarning);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, ChargeIndex, StringComparer.Ordinal.GetHashCode(ChargeCode));

    /// <summary>Returns the kind, the charge and the message, for example <c>fallback-category charges[1] XX12345: The code ...</c>.</summary>
    /// <returns>The warning on one line.</returns>
    public override string ToString() => FormattableString.Invariant($"{PocNames.Of(Kind)} charges[{ChargeIndex}] {ChargeCode}: {Message}");
}
