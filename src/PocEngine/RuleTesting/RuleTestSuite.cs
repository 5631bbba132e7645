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
        Load(LoadPipeline.EmbeddedSources(RuleSet.DefaultId, tests: true, RuleSetLoadOptions.Default.MaxFileBytes));

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

    /// <summary>Checks that every name a test gives exists in a rule set: its pinned version, its expected category and the rule expected to place the principal offence.</summary>
    /// <param name="ruleSet">The rule set the tests are for.</param>
    /// <returns>An error for each name the rule set does not have, at its place, with the nearest name it has; empty when every name is known.</returns>
    /// <remarks>A test that names something the rule set lacks could never pass, so <c>poc validate</c> reports it before any test runs.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public IReadOnlyList<RuleDiagnostic> Check(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var diagnostics = new DiagnosticBag();
        foreach (var test in Tests)
        {
            CheckTest(ruleSet, test, diagnostics);
        }

        return diagnostics.Items;
    }

    private static void CheckTest(RuleSet ruleSet, RuleTestCase test, DiagnosticBag diagnostics)
    {
        var labels = ruleSet.Versions.Select(v => v.Label).ToArray();
        RuleSetVersion version;
        if (test.VersionAt is { } pinned)
        {
            if (!labels.Contains(pinned.Value, StringComparer.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.UnknownTestReference, test.File, pinned.Line, pinned.Column, $"The test '{test.Name}' pins version '{pinned.Value}', which rule set '{ruleSet.Id}' does not have; its versions are {string.Join(", ", labels)}.{MappingReader.DidYouMean(pinned.Value, labels)}");
                return;
            }

            version = ruleSet.GetVersion(pinned.Value);
        }
        else if (test.Case.Date < ruleSet.Versions[0].EffectiveFromDay)
        {
            var first = ruleSet.Versions[0];
            diagnostics.Error(DiagnosticCodes.UnknownTestReference, test.File, test.Line, 0, FormattableString.Invariant($"The test '{test.Name}' is finalised on {test.Case.Date:yyyy-MM-dd}, before the first version '{first.Label}' is in force ({first.EffectiveFromDay:yyyy-MM-dd}); give a later date or pin a version."));
            return;
        }
        else
        {
            version = ruleSet.GetVersionInForce(PocDates.ToDateTime(test.Case.Date));
        }

        if (test.CategoryAt is { } category && !version.TryGetCategory(category.Value, out _))
        {
            var ids = version.Categories.Select(c => c.Id).ToArray();
            diagnostics.Error(DiagnosticCodes.UnknownTestReference, test.File, category.Line, category.Column, $"The test '{test.Name}' expects category '{category.Value}', which version '{version.Label}' does not have.{MappingReader.DidYouMean(category.Value, ids)} Its categories are {string.Join(", ", ids)}.");
        }

        if (test.ClassifiedByAt is { } classifiedBy)
        {
            string[] placers = [.. version.CategoryRules.Select(r => r.Id), ClassifiedBy.Override, ClassifiedBy.Fallback, ClassifiedBy.NotAnOffence];
            if (!placers.Contains(classifiedBy.Value, StringComparer.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.UnknownTestReference, test.File, classifiedBy.Line, classifiedBy.Column, $"The test '{test.Name}' expects the principal offence to be placed by '{classifiedBy.Value}', which is not a rule of version '{version.Label}' nor {ClassifiedBy.Override}, {ClassifiedBy.Fallback} or {ClassifiedBy.NotAnOffence}.{MappingReader.DidYouMean(classifiedBy.Value, placers)}");
            }
        }
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
            // A test naming what the rule set does not have could never pass: it fails with the reason, unrun.
            var problems = new DiagnosticBag();
            CheckTest(ruleSet, test, problems);
            if (problems.ErrorCount > 0)
            {
                results.Add(new RuleTestResult(test, [.. problems.Items.Select(d => d.Message)], null));
                continue;
            }

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
