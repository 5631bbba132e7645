using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Conventions;

// The counts that rules/README.md gives the rule owners are the embedded rule set's own: a change that moves codes
// fails here until the tables are brought up to date.
public sealed class RulesReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Repository.Root, "rules", "README.md"));

    [Fact]
    public void RulesReadme_CountsByCategory_AreTheDefaultRuleSets()
    {
        var actual = DefaultRules.RuleSet.Latest.Offences
            .GroupBy(o => o.Category?.Id ?? "(not an offence)", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        Assert.Equal(actual.OrderBy(p => p.Key, StringComparer.Ordinal), Table("| category | codes |").OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void RulesReadme_CountsByClassifiedBy_AreTheDefaultRuleSets()
    {
        var actual = DefaultRules.RuleSet.Latest.Offences
            .GroupBy(o => o.ClassifiedBy, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        Assert.Equal(actual.OrderBy(p => p.Key, StringComparer.Ordinal), Table("| classified by | codes |").OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void RulesReadme_MaximumPenaltySources_AreTheDefaultRuleSets()
    {
        var count = DefaultRules.RuleSet.Latest.Offences.GroupBy(o => o.MaximumPenaltySource).ToDictionary(g => g.Key, g => g.Count());
        string N(MaximumPenaltySource source) => count.GetValueOrDefault(source).ToString("N0", CultureInfo.InvariantCulture);

        var expected = $"Maximum penalties: {N(MaximumPenaltySource.Catalogue)} from the catalogue, {N(MaximumPenaltySource.Equivalent)} from a current equivalent, {N(MaximumPenaltySource.InchoateBase)} inherited\nfrom an inchoate base, {N(MaximumPenaltySource.InchoateVariants)} shared by the inchoate variants of a full offence, {N(MaximumPenaltySource.HomeOfficeClassPeers)} agreed by their Home Office class and mode, {N(MaximumPenaltySource.None)} unknown.";

        Assert.Contains(expected, Readme.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void RulesReadme_EveryEvidenceRule_HasARuleTestNamingIt()
    {
        var tests = File.ReadAllText(Path.Combine(Repository.Rules, "tests", "evidence-rules.yaml"));
        var evidenceRules = DefaultRules.RuleSet.Latest.CategoryRules.Where(r => PocEngine.Rules.RuleConditionKinds.All.Any(k => k.NeedsReason && r.Conditions.ValuesOf(k).Count > 0)).Select(r => r.Id).ToList();

        Assert.NotEmpty(evidenceRules);
        Assert.All(evidenceRules, id => Assert.Contains($"classified-by: {id}}}", tests, StringComparison.Ordinal));
    }

    [Fact]
    public void DefaultRules_EveryCategoryRule_GivesItsReason()
    {
        Assert.All(DefaultRules.RuleSet.Latest.CategoryRules, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason), $"The rule '{r.Id}' gives no reason."));
    }

    // The rows of the markdown table under the given header line: the first column (backquotes dropped) and the count.
    private static Dictionary<string, int> Table(string header)
    {
        var lines = Readme.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.IndexOf(header);
        Assert.True(start >= 0, $"rules/README.md has no table headed '{header}'.");
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|')))
        {
            var match = Regex.Match(line, @"^\| `?(?<key>[^`|]+?)`? \| (?<count>[0-9,]+) \|$");
            Assert.True(match.Success, "Not a count row: " + line);
            rows.Add(match.Groups["key"].Value, int.Parse(match.Groups["count"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
        }

        return rows;
    }
}
