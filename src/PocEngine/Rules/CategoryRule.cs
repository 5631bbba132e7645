using System.Collections.Generic;

namespace PocEngine.Rules;

/// <summary>Describes one category rule: conditions on an offence's facts and the category they give.</summary>
/// <remarks>
/// Every condition that is given must hold; within a condition, any listed value may match. A rule with
/// <see cref="InchoateBase"/> set gives an inchoate variant (8th character <c>A</c>, <c>B</c>, <c>C</c> or <c>I</c>)
/// the category of its 7-character base code, and has no <see cref="CategoryId"/> of its own.
/// </remarks>
public sealed record CategoryRule
{
    internal CategoryRule()
    {
    }

    /// <summary>Gets the rule's identifier, which <see cref="Offence.ClassifiedBy"/> reports.</summary>
    public string Id { get; internal init; } = string.Empty;

    /// <summary>Gets the category the rule gives, or <see langword="null"/> for an inchoate-base rule.</summary>
    public string? CategoryId { get; internal init; }

    /// <summary>Gets offence codes to match exactly, or with a trailing <c>*</c> as a prefix; empty matches any.</summary>
    public IReadOnlyList<string> Codes { get; internal init; } = [];

    /// <summary>Gets the modes of trial to match; empty matches any.</summary>
    public IReadOnlyList<ModeOfTrial> Modes { get; internal init; } = [];

    /// <summary>Gets Home Office classifications to match, exact (<c>004/17</c>) or by class (<c>001/*</c>); empty matches any.</summary>
    public IReadOnlyList<string> HomeOfficeClasses { get; internal init; } = [];

    /// <summary>Gets Home Office parent groups to match; empty matches any.</summary>
    public IReadOnlyList<string> HomeOfficeGroups { get; internal init; } = [];

    /// <summary>Gets the Acts to match: the first four characters of the code, the letters and year of the statute (<c>MD71</c>); empty matches any.</summary>
    public IReadOnlyList<string> Acts { get; internal init; } = [];

    /// <summary>Gets title patterns to match, regular expressions that ignore case; any may match, and empty matches any.</summary>
    /// <remarks>An offence without a title, such as a code outside the catalogue, never matches a rule with title patterns.</remarks>
    public IReadOnlyList<string> TitlePatterns { get; internal init; } = [];

    /// <summary>Gets the evidence for the rule that a reviewer can check, or <see langword="null"/> when none is written.</summary>
    public string? Reason { get; internal init; }

    /// <summary>Gets a value indicating whether the rule gives an inchoate variant its base code's category.</summary>
    public bool InchoateBase { get; internal init; }
}
