using System.Collections.Generic;
using PocEngine.Loading;

namespace PocEngine.RuleTesting;

/// <summary>Describes one rule test: a case, its charges and the result the rule set must give.</summary>
public sealed class RuleTestCase
{
    internal RuleTestCase()
    {
    }

    /// <summary>Gets the test's name.</summary>
    public string Name { get; internal init; } = string.Empty;

    /// <summary>Gets the test file's path relative to the rule set folder.</summary>
    public string File { get; internal init; } = string.Empty;

    /// <summary>Gets the 1-based line of the test in its file.</summary>
    public int Line { get; internal init; }

    /// <summary>Gets the case to calculate.</summary>
    public DefendantCase Case { get; internal init; } = null!;

    /// <summary>Gets the version label to pin, or <see langword="null"/> to use the version in force on the finalisation date.</summary>
    public string? Version { get; internal init; }

    /// <summary>Gets the expected outcome.</summary>
    public PocOutcome ExpectedOutcome { get; internal init; }

    /// <summary>Gets the expected category id, or <see langword="null"/> when the test does not check it.</summary>
    public string? ExpectedCategory { get; internal init; }

    /// <summary>Gets the expected principal offence code, or <see langword="null"/> when the test does not check it.</summary>
    public string? ExpectedPrincipal { get; internal init; }

    /// <summary>Gets the id of the rule expected to have placed the principal offence (its <see cref="Offence.ClassifiedBy"/>), or <see langword="null"/> when the test does not check it.</summary>
    public string? ExpectedClassifiedBy { get; internal init; }

    /// <summary>Gets the expected deciding factor, or <see langword="null"/> when the test does not check it.</summary>
    public DecidingFactor? ExpectedDecidedBy { get; internal init; }

    /// <summary>Gets the warning kinds expected, in any order, or <see langword="null"/> when the test does not check them.</summary>
    public IReadOnlyList<PocWarningKind>? ExpectedWarnings { get; internal init; }

    // Where the names that must exist in the rule set are written, for RuleTestSuite.Check.
    internal Located<string>? VersionAt { get; init; }

    internal Located<string>? CategoryAt { get; init; }

    internal Located<string>? ClassifiedByAt { get; init; }
}
