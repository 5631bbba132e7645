using System.Collections.Generic;
using PocEngine.Loading;

namespace PocEngine.RuleTesting;

/// <summary>Describes one rule test: a case, its charges and the result the rule set must give.</summary>
public sealed record RuleTestCase
{
    /// <summary>Gets the test's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the test file's path relative to the rule set folder.</summary>
    public required string File { get; init; }

    /// <summary>Gets the 1-based line of the test in its file.</summary>
    public required int Line { get; init; }

    /// <summary>Gets the case to calculate.</summary>
    public required DefendantCase Case { get; init; }

    /// <summary>Gets the version label to pin, or <see langword="null"/> to use the version in force on the finalisation date.</summary>
    public string? Version { get; init; }

    /// <summary>Gets the expected outcome.</summary>
    public required PocOutcome ExpectedOutcome { get; init; }

    /// <summary>Gets the expected category id, or <see langword="null"/> when the test does not check it.</summary>
    public string? ExpectedCategory { get; init; }

    /// <summary>Gets the expected principal offence code, or <see langword="null"/> when the test does not check it.</summary>
    public string? ExpectedPrincipal { get; init; }

    /// <summary>Gets the id of the rule expected to have placed the principal offence (its <see cref="Offence.ClassifiedBy"/>), or <see langword="null"/> when the test does not check it.</summary>
    public string? ExpectedClassifiedBy { get; init; }

    /// <summary>Gets the expected deciding factor, or <see langword="null"/> when the test does not check it.</summary>
    public DecidingFactor? ExpectedDecidedBy { get; init; }

    /// <summary>Gets the warning kinds expected, in any order, or <see langword="null"/> when the test does not check them.</summary>
    public IReadOnlyList<PocWarningKind>? ExpectedWarnings { get; init; }

    // Where the names that must exist in the rule set are written, for RuleTestSuite.Check.
    internal Located<string>? VersionAt { get; init; }

    internal Located<string>? CategoryAt { get; init; }

    internal Located<string>? ClassifiedByAt { get; init; }
}
