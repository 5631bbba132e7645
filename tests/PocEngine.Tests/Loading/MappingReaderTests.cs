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
    private const string VersionIsAScalar = """
        schema-version: 1
        id: test
        name: Test rules
        versions:
          - "1"
        """;

    private const string VersionWithoutDate = """
        schema-version: 1
        id: test
        name: Test rules
        versions:
          - version: "1"
        """;

    private const string SchemaVersionNotANumber = """
        schema-version: x
        id: test
        name: Test rules
        versions:
          - version: "1"
            effective-from: 2000-01-01
        """;

    private const string MisspeltName = """
        schema-version: 1
        id: test
        nmae: Test rules
        versions:
          - version: "1"
            effective-from: 2000-01-01
        """;

    private const string DeriveMaybe = """
        ordering: [mode-of-trial, maximum-penalty, category-precedence, offence-code]
        derive-inchoate-maximum: maybe
        """;

    [Theory]
    [InlineData("ruleset.yaml", VersionIsAScalar, "POC1012", 5, 5, "it must be a mapping of keys to values.")]
    [InlineData("ruleset.yaml", VersionWithoutDate, "POC1011", 5, 5, "has no 'effective-from'; it is required.")]
    [InlineData("ruleset.yaml", SchemaVersionNotANumber, "POC1013", 1, 17, "it must be a whole number from 0 to 2147483647.")]
    [InlineData("ruleset.yaml", MisspeltName, "POC1010", 3, 1, "Did you mean 'name'?")]
    [InlineData("ordering.yaml", DeriveMaybe, "POC1013", 2, 26, "it must be true or false.")]
    public void TryLoad_MappingProblem_IsReportedAtItsPlace(string file, string yaml, string code, int line, int column, string messageEnd)
    {
        var result = Yaml.Default().With(file, yaml).TryLoad();

        var diagnostic = Assert.Single(result.Errors, d => d.Code == code);
        Assert.Equal(file, diagnostic.File);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.EndsWith(messageEnd, diagnostic.Message, StringComparison.Ordinal);
        Assert.False(result.Success);
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
