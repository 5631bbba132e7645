using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Loading;

public sealed class DefaultRuleSetTests
{
    [Fact]
    public void Default_HoldsEveryCodeOfTheStandingData_AndEveryEligibleCodeHasACategory()
    {
        using var stream = File.OpenRead(Path.Combine(Repository.StandingData, "bichard7-offence-code.json"));
        using var document = JsonDocument.Parse(stream);
        var version = DefaultRules.RuleSet.Latest;
        var expected = document.RootElement.EnumerateArray().Select(e => (Code: e.GetProperty("cjsCode").GetString()!, Mode: e.GetProperty("offenceCategory").GetString()!)).ToList();

        Assert.Equal(30_356, expected.Count);
        foreach (var (code, mode) in expected)
        {
            Assert.True(version.TryGetOffence(code, out var offence), $"The default catalogue lacks {code}.");
            Assert.Equal(mode, offence.CjsCategory);
            Assert.Equal(mode is "CI" or "CE" or "CS" or "CM", offence.IsEligible);
            Assert.Equal(offence.IsEligible, offence.Category is not null);
        }

        Assert.Equal(expected.Count, version.Offences.Count);
    }

    [Fact]
    public void Default_EmbeddedAndFolderCopies_HaveTheSameHash()
    {
        var fromFolder = RuleSet.LoadFromDirectory(Repository.Rules);

        Assert.Equal(DefaultRules.RuleSet.Latest.Hash, fromFolder.Latest.Hash);
    }

    [Fact]
    public void Default_LoadsWithoutErrors_AndOnlyTheFallbackAndUnlistedClassWarnings()
    {
        var result = RuleSetLoader.LoadDefault();

        Assert.True(result.Success);
        Assert.Equal([DiagnosticCodes.FallbackUsed, DiagnosticCodes.UnknownHomeOfficeClass], result.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Default_InchoateVariantWithoutAMaximum_TakesItsBaseOffencesAndSaysSo()
    {
        var version = DefaultRules.RuleSet.Latest;

        Assert.True(version.TryGetOffence("CD71039B", out var abet));
        Assert.True(version.TryGetOffence("CD71039", out var full));
        Assert.Equal(full.MaximumPenalty, abet.MaximumPenalty);
        Assert.Equal(MaximumPenaltySource.InchoateBase, abet.MaximumPenaltySource);
        Assert.Equal(MaximumPenaltySource.Catalogue, full.MaximumPenaltySource);
        Assert.Equal("inchoate-base", abet.ClassifiedBy);
    }

    [Fact]
    public void Default_RuleTestsNextToTheRules_AllPass()
    {
        var suite = PocEngine.RuleTesting.RuleTestSuite.LoadFromDirectory(Repository.Rules);

        var results = suite.Run(DefaultRules.RuleSet);

        Assert.Empty(suite.Diagnostics);
        Assert.True(results.Count >= 30);
        Assert.All(results, r => Assert.True(r.Passed, $"{r.Test.Name}: {string.Join(" ", r.Failures)} {r.Actual?.Explanation?.Sentence}"));
    }
}
