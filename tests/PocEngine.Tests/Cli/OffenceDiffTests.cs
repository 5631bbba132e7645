using System;
using System.Linq;
using System.Text.Json;
using PocEngine.Cli.Reports;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Cli;

// 'poc diff' reports a change to any part of a category rule as a policy change, saying what changed, even when no
// offence moves: a rule is compared whole, each condition by its name in rule files.
public sealed class OffenceDiffTests
{
    private const string EvidenceRule = """
        category-rules:
          - id: robbery-by-title
            reason: Robbery by its title.
            when: {act: TH68, title: "^robbery"}
            category: robbery

        """;

    private static readonly string Rules = Yaml.Rules.Replace("category-rules:\n", EvidenceRule, StringComparison.Ordinal);

    [Theory]
    [InlineData("title: \"^robbery\"", "title: \"^robbery$\"", "The rule 'robbery-by-title' changed: title [^robbery] to [^robbery$].")]
    [InlineData("act: TH68", "act: [TH68, TH69]", "The rule 'robbery-by-title' changed: act [TH68] to [TH68, TH69].")]
    [InlineData("reason: Robbery by its title.", "reason: Robbery, by the title alone.", "The rule 'robbery-by-title' changed: reason \"Robbery by its title.\" to \"Robbery, by the title alone.\".")]
    public void Diff_RuleChangedWhereNoOffenceMoves_ReportsTheRuleAndWhatChanged(string from, string to, string expected)
    {
        var yaml = Yaml.Default()
            .With("ruleset.yaml", Yaml.HeaderWithVersionTwo)
            .With("category-rules.yaml", Rules)
            .With("versions/2.yaml", Rules.Replace(from, to, StringComparison.Ordinal));
        using var folder = TempRules.Of(yaml);

        var json = PocProcess.InProcess("diff", "--rules", folder.Path, "--from", "1", "--to", "2", "--format", "json");
        var gate = PocProcess.InProcess("diff", "--rules", folder.Path, "--from", "1", "--to", "2", "--fail-on-change");

        Assert.Equal(0, json.ExitCode);
        var report = JsonDocument.Parse(json.Output).RootElement;
        Assert.Equal([expected], report.GetProperty("policyChanges").EnumerateArray().Select(c => c.GetString()));
        Assert.Empty(report.GetProperty("offenceChanges").EnumerateArray());
        Assert.Equal(1, gate.ExitCode);
        Assert.DoesNotContain("No offence or policy differs.", gate.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Between_RulesAddedRemovedAndReordered_ReportsEach()
    {
        var before = Yaml.Default().With("category-rules.yaml", Rules).Load().Latest;
        var moved = Rules.Replace("  - id: robbery-by-title", "  - id: robbery-by-act", StringComparison.Ordinal)
            .Replace("  - id: home-office-damage\n    when: {ho-group: Criminal damage}\n    category: criminal-damage\n", string.Empty, StringComparison.Ordinal)
            .Replace("  - id: home-office-burglary", "  - id: home-office-damage\n    when: {ho-group: Criminal damage}\n    category: criminal-damage\n  - id: home-office-burglary", StringComparison.Ordinal);
        var after = Yaml.Default().With("category-rules.yaml", moved).Load().Latest;

        var diff = OffenceDiff.Between(before, after);

        Assert.Equal(
            [
                "The rule 'robbery-by-title' was removed.",
                "The rule 'robbery-by-act' was added: robbery-by-act: {act: [TH68], title: [^robbery]} gives robbery.",
                "The category rules changed order; the first rule that matches an offence places it.",
            ],
            diff.PolicyChanges);
    }

    [Theory]
    [MemberData(nameof(ConditionSample.Keys), MemberType = typeof(ConditionSample))]
    public void Between_RuleWithoutOneCondition_NamesTheCondition(string key)
    {
        var version = ConditionSample.For(key).Rules(key).Load().Latest;

        var diff = OffenceDiff.Between(version, ConditionSample.WithoutCondition(version, key));

        Assert.Contains($"The rule '{ConditionSample.ProbeId}' changed: {key} [", Assert.Single(diff.PolicyChanges), StringComparison.Ordinal);
    }
}
