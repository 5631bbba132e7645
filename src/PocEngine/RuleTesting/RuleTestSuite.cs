using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PocEngine.Loading;

namespace PocEngine.RuleTesting;

/// <summary>Holds the rule tests that sit next to a rule set, in its <c>tests/</c> folder, and runs them.</summary>
public sealed partial class RuleTestSuite
{
    private RuleTestSuite(IReadOnlyList<RuleTestCase> tests, IReadOnlyList<RuleDiagnostic> diagnostics)
    {
        Tests = tests;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the tests, in file and line order.</summary>
    public IReadOnlyList<RuleTestCase> Tests { get; }

    /// <summary>Gets the problems found reading the test files; a test with a problem is left out of <see cref="Tests"/>.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }

    /// <summary>Reads every YAML file under a rule set folder's <c>tests/</c> folder.</summary>
    /// <param name="rulesDirectory">The rule set folder (the one holding <c>ruleset.yaml</c>).</param>
    /// <returns>The suite, with any problems in <see cref="Diagnostics"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rulesDirectory"/> is null.</exception>
    public static RuleTestSuite LoadFromDirectory(string rulesDirectory)
    {
        ArgumentNullException.ThrowIfNull(rulesDirectory);
        var testsDirectory = Path.Combine(rulesDirectory, "tests");
        var sources = new List<RuleSource>();
        if (Directory.Exists(testsDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(testsDirectory, "*.yaml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                using var stream = File.OpenRead(file);
                sources.Add(RuleSource.FromStream(Path.GetRelativePath(rulesDirectory, file), stream));
            }
        }

        return Load(sources);
    }

    /// <summary>Reads the rule tests embedded with the default <c>cps</c> rule set.</summary>
    /// <returns>The suite.</returns>
    public static RuleTestSuite LoadDefault() =>
        Load(RuleSetLoader.EmbeddedSources(RuleSet.DefaultId, tests: true, RuleSetLoadOptions.Default.MaxFileBytes));

    /// <summary>Reads rule tests from files held in memory.</summary>
    /// <param name="sources">The test files, each with its path relative to the rule set folder.</param>
    /// <returns>The suite, with any problems in <see cref="Diagnostics"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is null.</exception>
    public static RuleTestSuite Load(IEnumerable<RuleSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var diagnostics = new DiagnosticBag();
        var tests = new List<RuleTestCase>();
        foreach (var source in sources)
        {
            if (source.Text is null)
            {
                diagnostics.Error(DiagnosticCodes.FileUnreadable, source.Path, 0, 0, $"The test file cannot be loaded: {source.ReadError}.");
                continue;
            }

            var root = DocumentReader.Read(source.Path, source.Text, RuleSetLoadOptions.Default, diagnostics);
            if (root is not null)
            {
                ReadFile(source.Path, root, diagnostics, tests);
            }
        }

        return new RuleTestSuite(tests, diagnostics.Items);
    }

    /// <summary>Runs every test against a rule set.</summary>
    /// <param name="ruleSet">The rule set under test.</param>
    /// <returns>One result for each test, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public IReadOnlyList<RuleTestResult> Run(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var byDate = new PocCalculator(ruleSet);
        var results = new List<RuleTestResult>(Tests.Count);
        foreach (var test in Tests)
        {
            PrincipalOffenceResult actual;
            try
            {
                var calculator = test.Version is null ? byDate : new PocCalculator(ruleSet, test.Version);
                actual = calculator.Explain(test.Case);
            }
            catch (RuleSetVersionNotFoundException ex)
            {
                results.Add(new RuleTestResult(test, [ex.Message], null));
                continue;
            }

            results.Add(new RuleTestResult(test, Compare(test, actual), actual));
        }

        return results;
    }

    private static List<string> Compare(RuleTestCase test, PrincipalOffenceResult actual)
    {
        var failures = new List<string>();
        if (actual.Outcome != test.ExpectedOutcome)
        {
            failures.Add($"Expected outcome {PocNames.Of(test.ExpectedOutcome)}, got {PocNames.Of(actual.Outcome)}.");
        }

        if (test.ExpectedCategory is not null && !string.Equals(actual.Category?.Id, test.ExpectedCategory, StringComparison.Ordinal))
        {
            failures.Add($"Expected category {test.ExpectedCategory}, got {actual.Category?.Id ?? "none"}.");
        }

        if (test.ExpectedPrincipal is not null && !string.Equals(actual.PrincipalCharge?.Code, test.ExpectedPrincipal, StringComparison.Ordinal))
        {
            failures.Add($"Expected principal offence {test.ExpectedPrincipal}, got {actual.PrincipalCharge?.Code ?? "none"}.");
        }

        if (test.ExpectedClassifiedBy is not null && !string.Equals(actual.PrincipalOffence?.ClassifiedBy, test.ExpectedClassifiedBy, StringComparison.Ordinal))
        {
            failures.Add($"Expected the principal offence to be placed by {test.ExpectedClassifiedBy}, got {actual.PrincipalOffence?.ClassifiedBy ?? "none"}.");
        }

        if (test.ExpectedDecidedBy is { } decidedBy && actual.DecidedBy != decidedBy)
        {
            failures.Add($"Expected it to be decided by {PocNames.Of(decidedBy)}, got {PocNames.Of(actual.DecidedBy)}.");
        }

        if (test.ExpectedWarnings is { } warnings)
        {
            var expected = warnings.Select(PocNames.Of).Order(StringComparer.Ordinal).ToArray();
            var got = actual.Warnings.Select(w => PocNames.Of(w.Kind)).Distinct().Order(StringComparer.Ordinal).ToArray();
            if (!expected.SequenceEqual(got))
            {
                failures.Add($"Expected warnings [{string.Join(", ", expected)}], got [{string.Join(", ", got)}].");
            }
        }

        return failures;
    }
}
