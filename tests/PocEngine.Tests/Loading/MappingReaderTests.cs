using System;
using System.Linq;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Loading;

// The mapping reader's own diagnostics, each reached through a rule file (found by mutation testing: removing any of
// these reports went unnoticed, because another diagnostic of the same code elsewhere kept the suite green). Lines and
// columns were counted by hand in the YAML of each case.
public sealed class MappingReaderTests
{
    // Each case is the test header (Yaml.Header) or ordering with one thing broken.
    private static readonly string MisspeltName = Yaml.Header.Replace("name: Test rules", "nmae: Test rules", StringComparison.Ordinal);

    public static TheoryData<string, string, string, int, int, string> Problems() => new()
    {
        { "ruleset.yaml", Yaml.Header.Replace("  - version: \"1\"\n    effective-from: 2000-01-01", "  - \"1\"", StringComparison.Ordinal), "POC1012", 5, 5, "it must be a mapping of keys to values." },
        { "ruleset.yaml", Yaml.Header.Replace("\n    effective-from: 2000-01-01", string.Empty, StringComparison.Ordinal), "POC1011", 5, 5, "has no 'effective-from'; it is required." },
        { "ruleset.yaml", Yaml.Header.Replace("schema-version: 1", "schema-version: x", StringComparison.Ordinal), "POC1013", 1, 17, "it must be a whole number from 0 to 2147483647." },
        { "ruleset.yaml", MisspeltName, "POC1010", 3, 1, "Did you mean 'name'?" },
        { "ordering.yaml", Yaml.Ordering.Replace("derive-inchoate-maximum: true", "derive-inchoate-maximum: maybe", StringComparison.Ordinal), "POC1013", 2, 26, "it must be true or false." },
        { "ordering.yaml", Yaml.Ordering.Replace("derive-inchoate-maximum: true", "derive-inchoate-maximum: ~", StringComparison.Ordinal), "POC1013", 2, 26, "is empty; give it a value or leave the key out." },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void TryLoad_MappingProblem_IsReportedAtItsPlace(string file, string yaml, string code, int line, int column, string messageEnd)
    {
        Assert.NotEqual(file == "ordering.yaml" ? Yaml.Ordering : Yaml.Header, yaml);
        var result = Yaml.Default().With(file, yaml).TryLoad();

        var diagnostic = Assert.Single(result.Errors, d => d.Code == code);
        Assert.Equal(file, diagnostic.File);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.EndsWith(messageEnd, diagnostic.Message, StringComparison.Ordinal);
        Assert.False(result.Success);
    }

    // The other side of the value checks: false is false, and the largest allowed number is allowed.
    [Fact]
    public void TryLoad_FalseAndTheLargestPrecedence_AreReadAsWritten()
    {
        var result = Yaml.Default()
            .With("ordering.yaml", Yaml.Ordering.Replace("derive-inchoate-maximum: true", "derive-inchoate-maximum: false", StringComparison.Ordinal))
            .With("categories.yaml", Yaml.Categories + "\n  - {id: extra, name: Extra, precedence: 1000}")
            .TryLoad();

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.False(result.RuleSet.Latest.DeriveInchoateMaximum);
        Assert.True(result.RuleSet.Latest.TryGetCategory("extra", out var extra));
        Assert.Equal(1000, extra.Precedence);
    }

    [Fact]
    public void TryLoad_UnknownKeyFarFromAnyAllowedKey_HasNoSuggestion()
    {
        var result = Yaml.Default().With("ruleset.yaml", MisspeltName.Replace("nmae: Test rules", "colour: blue", StringComparison.Ordinal)).TryLoad();

        var diagnostic = Assert.Single(result.Errors, d => d.Code == "POC1010");
        Assert.DoesNotContain("Did you mean", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith(".", diagnostic.Message, StringComparison.Ordinal);
    }
}
