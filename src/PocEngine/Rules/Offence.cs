using System;

namespace PocEngine;

/// <summary>Describes one offence of a rule set version's compiled catalogue: its facts and the category the rules gave it.</summary>
/// <remarks>Built only by the library, when a version is compiled. Two offences are equal when all their facts are.</remarks>
public sealed class Offence : IEquatable<Offence>
{
    internal Offence()
    {
    }

    internal static string ActOf(string code) => code.Length >= 4 ? code.Substring(0, 4) : code;

    /// <summary>Gets the CJS offence code.</summary>
    public string Code { get; internal init; } = string.Empty;

    /// <summary>Gets the code's Act: its first four characters, the letters and year of the statute for a modern code (<c>MD71</c>), as category rules' <c>act</c> condition reads it.</summary>
    /// <remarks>Legacy and local codes carry other prefixes (<c>10YY</c>); a code shorter than four characters is its own Act.</remarks>
    public string Act => ActOf(Code);

    /// <summary>Gets the words every output shows in place of a title the standing data does not give: <c>[no title in the standing data]</c>.</summary>
    public const string MissingTitle = "[no title in the standing data]";

    /// <summary>Gets the offence's title as the standing data gives it, or an empty string when it gives none.</summary>
    /// <remarks>For a reader, show <see cref="DisplayTitle"/>, which says when there is no title.</remarks>
    public string Title { get; internal init; } = string.Empty;

    /// <summary>Gets the title to show a reader: <see cref="Title"/>, or <see cref="MissingTitle"/> when the standing data gives none.</summary>
    /// <remarks>The explanation sentence, the warnings and every table and page of the <c>poc</c> tool show this; data fields (JSON <c>title</c>, CSV <c>title</c> columns) carry <see cref="Title"/>.</remarks>
    public string DisplayTitle => string.IsNullOrWhiteSpace(Title) ? MissingTitle : Title;

    /// <summary>Gets the CJS offence category code, for example <c>CE</c>, or <c>CB</c> for a non-offence breach.</summary>
    public string CjsCategory { get; internal init; } = string.Empty;

    /// <summary>Gets the mode of trial, or <see langword="null"/> when the code is not a criminal offence.</summary>
    public ModeOfTrial? ModeOfTrial { get; internal init; }

    /// <summary>Gets a value indicating whether the offence can be a principal offence (it is a criminal offence).</summary>
    public bool IsEligible => ModeOfTrial.HasValue;

    /// <summary>Gets the Home Office classification (<c>NNN/NN</c>), or <see langword="null"/> when it has none.</summary>
    public string? HomeOfficeClass { get; internal init; }

    /// <summary>Gets the Home Office parent group of the classification, or <see langword="null"/> when unknown.</summary>
    public string? HomeOfficeGroup { get; internal init; }

    /// <summary>Gets the statutory maximum custodial penalty, or <see langword="null"/> when none is known.</summary>
    public MaximumPenalty? MaximumPenalty { get; internal init; }

    /// <summary>Gets where <see cref="MaximumPenalty"/> came from.</summary>
    public MaximumPenaltySource MaximumPenaltySource { get; internal init; }

    /// <summary>Gets the offence's category, or <see langword="null"/> when it is not eligible.</summary>
    public Category? Category { get; internal init; }

    /// <summary>
    /// Gets what placed the offence in its category: a category rule's id, <c>override</c> for a hand-set category,
    /// <c>fallback</c>, or <c>not-an-offence</c>.
    /// </summary>
    public string ClassifiedBy { get; internal init; } = string.Empty;

    /// <inheritdoc/>
    public bool Equals(Offence? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && string.Equals(CjsCategory, other.CjsCategory, StringComparison.Ordinal)
        && ModeOfTrial == other.ModeOfTrial
        && string.Equals(HomeOfficeClass, other.HomeOfficeClass, StringComparison.Ordinal)
        && string.Equals(HomeOfficeGroup, other.HomeOfficeGroup, StringComparison.Ordinal)
        && MaximumPenalty == other.MaximumPenalty
        && MaximumPenaltySource == other.MaximumPenaltySource
        && Category == other.Category
        && string.Equals(ClassifiedBy, other.ClassifiedBy, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Offence);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Code), StringComparer.Ordinal.GetHashCode(Title), Category);

    /// <summary>Returns the code, title (or the words for its absence) and category, for example <c>TH68023 Robbery (robbery)</c>.</summary>
    /// <returns>The offence on one line.</returns>
    public override string ToString() => $"{Code} {DisplayTitle} ({Category?.Id ?? ClassifiedBy})";
}
