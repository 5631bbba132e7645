using System;
using System.Linq;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Rules;

// A rule and its conditions compare by value: every condition's values one by one, in order, and the id, category and
// reason; 'poc diff' and callers comparing two versions rely on it.
public sealed class CategoryRuleTests
{
    private const string EvidenceRule = """
          - id: robbery-by-title
            reason: Robbery by its title.
            when: {act: TH68, title: ["^robbery", "^armed robbery"], mode: CI}
            category: robbery

        """;

    private static CategoryRule RuleOf(string rule) =>
        Yaml.Default().With("category-rules.yaml", Yaml.Rules.Replace("fallback-category", rule + "fallback-category", StringComparison.Ordinal))
            .Load().Latest.CategoryRules.Single(r => r.Id == "robbery-by-title");

    [Fact]
    public void Equals_SameRulesLoadedTwice_AreEqualWithEqualHashCodes()
    {
        var first = Yaml.Default().Load().Latest.CategoryRules;
        var second = Yaml.Default().Load().Latest.CategoryRules;

        Assert.All(first.Zip(second), pair =>
        {
            Assert.NotSame(pair.First, pair.Second);
            Assert.True(pair.First == pair.Second, pair.First.ToString());
            Assert.Equal(pair.First.GetHashCode(), pair.Second.GetHashCode());
            Assert.Equal(pair.First.Conditions.GetHashCode(), pair.Second.Conditions.GetHashCode());
        });
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("\"^armed robbery\"", "\"^armed robbery$\"")]
    [InlineData("act: TH68", "act: [TH68, TH69]")]
    [InlineData("mode: CI", "mode: CE")]
    public void Equals_OneConditionValueChanged_DiffersInItsConditions(string from, string to)
    {
        var before = RuleOf(EvidenceRule);
        var after = RuleOf(EvidenceRule.Replace(from, to, StringComparison.Ordinal));

        Assert.NotEqual(before, after);
        Assert.True(before != after);
        Assert.NotEqual(before.Conditions, after.Conditions);
        Assert.Equal(before.Reason, after.Reason);
    }

    [Fact]
    public void Equals_TitlePatternsReordered_Differs()
    {
        // The first pattern that matches is the one reported, so order is part of the rule.
        var before = RuleOf(EvidenceRule);
        var after = RuleOf(EvidenceRule.Replace("[\"^robbery\", \"^armed robbery\"]", "[\"^armed robbery\", \"^robbery\"]", StringComparison.Ordinal));

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Equals_OnlyTheReasonChanged_DiffersWithEqualConditions()
    {
        var before = RuleOf(EvidenceRule);
        var after = RuleOf(EvidenceRule.Replace("Robbery by its title.", "Robbery, by its title.", StringComparison.Ordinal));

        Assert.NotEqual(before, after);
        Assert.Equal(before.Conditions, after.Conditions);
    }

    [Fact]
    public void Conditions_Enumerated_ListTheGivenConditionsByTheirKeysInKeyOrder()
    {
        var rule = RuleOf(EvidenceRule);

        Assert.Equal(["act", "mode", "title"], rule.Conditions.Select(c => c.Name));
        Assert.Equal(3, rule.Conditions.Count);
        Assert.Equal(["^robbery", "^armed robbery"], rule.Conditions[2].Values);
        Assert.Equal([ModeOfTrial.IndictableOnly], rule.Conditions.Modes);
        Assert.Empty(rule.Conditions.Codes);
        Assert.Throws<ArgumentOutOfRangeException>(() => rule.Conditions[3]);
        Assert.Equal("robbery-by-title: {act: [TH68], mode: [CI], title: [^robbery, ^armed robbery]} gives robbery", rule.ToString());
    }

    [Fact]
    public void Conditions_InchoateBaseRule_IsTheOneValueTrueAndGivesNoCategory()
    {
        var rule = Yaml.Default().Load().Latest.CategoryRules.Single(r => r.Id == "inchoate-base");

        var condition = Assert.Single(rule.Conditions);
        Assert.Equal("inchoate-base", condition.Name);
        Assert.Equal(["true"], condition.Values);
        Assert.True(rule.Conditions.InchoateBase);
        Assert.Null(rule.CategoryId);
    }
}
