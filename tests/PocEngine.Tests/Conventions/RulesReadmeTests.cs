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

        var expected = $"Maximum penalties: {N(MaximumPenaltySource.Catalogue)} from the catalogue, {N(MaximumPenaltySource.Equivalent)} from a current equivalent, {N(MaximumPenaltySource.InchoateBase)} inherited\nfrom an inchoate base, {N(MaximumPenaltySource.HomeOfficeClassPeers)} agreed by their Home Office class and mode, {N(MaximumPenaltySource.None)} unknown.";

        Assert.Contains(expected, Readme.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void RulesReadme_EveryEvidenceRule_HasARuleTestNamingIt()
    {
        var tests = File.ReadAllText(Path.Combine(Repository.Rules, "tests", "evidence-rules.yaml"));
        var evidenceRules = DefaultRules.RuleSet.Latest.CategoryRules.Where(r => r.Acts.Count + r.TitlePatterns.Count > 0).Select(r => r.Id).ToList();

        Assert.NotEmpty(evidenceRules);
        Assert.All(evidenceRules, id => Assert.Contains($"classified-by: {id}}}", tests, StringComparison.Ordinal));
    }

    [Fact]
    public void DefaultRules_EveryCategoryRule_GivesItsReason()
    {
        Assert.All(DefaultRules.RuleSet.Latest.CategoryRules, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason), $"The rule '{r.Id}' gives no reason."));
    }

    // The worked examples of "Everyday changes", run as written on a copy of the rules: the version is started with the
    // README's command, the example's YAML becomes the version's changes file, and the change does what the README
    // says while the published version keeps its hash.
    [Theory]
    [InlineData("Add an offence code")]
    [InlineData("Recategorise a code")]
    [InlineData("Retire a code")]
    [InlineData("Change the ordering")]
    public void RulesReadme_WorkedExample_DoesWhatItSays(string task)
    {
        using var folder = TempRules.CopyOfDefaultWith("notes.txt", "a copy for the worked examples\n");
        var command = Block("Start a version").Trim();
        Assert.StartsWith("poc ", command, StringComparison.Ordinal);
        var args = Regex.Matches(command[4..], "\"([^\"]*)\"|(\\S+)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            .Select(a => a == "rules/cps" ? folder.Path : a).ToArray();
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.True(PocEngine.Cli.Program.Run(args, output, error) == 0, error.ToString());
        var changes = Path.Combine(folder.Path, "versions", "2027.1.yaml");
        File.WriteAllText(changes, File.ReadAllLines(changes)[0] + "\n" + Block(task));

        var rules = RuleSet.LoadFromDirectory(folder.Path);

        var (before, after) = (rules.GetVersion("2026.1"), rules.GetVersion("2027.1"));
        Assert.Equal(DefaultRules.RuleSet.Latest.Hash, before.Hash);
        Assert.Equal("April 2027 changes", after.Description);
        switch (task)
        {
            case "Add an offence code":
                Assert.False(before.TryGetOffence("MD71999", out _));
                Assert.True(after.TryGetOffence("MD71999", out var added));
                Assert.Equal("drugs-offences", added.Category!.Id);
                break;
            case "Recategorise a code":
                Assert.True(before.TryGetOffence("0101CL177", out var was));
                Assert.Equal(("all-other-offences-excluding-motoring", ClassifiedBy.Fallback), (was.Category!.Id, was.ClassifiedBy));
                Assert.True(after.TryGetOffence("0101CL177", out var now));
                Assert.Equal(("offences-against-the-person", ClassifiedBy.Override), (now.Category!.Id, now.ClassifiedBy));
                break;
            case "Retire a code":
                Assert.True(before.TryGetOffence("AD76001", out _));
                Assert.False(after.TryGetOffence("AD76001", out _));
                break;
            case "Change the ordering":
                Assert.Equal([RankingKey.MaximumPenalty, RankingKey.ModeOfTrial, RankingKey.CategoryPrecedence, RankingKey.OffenceCode], after.Ordering);
                Assert.NotEqual(before.Ordering, after.Ordering);
                break;
            default:
                Assert.Fail("No check for " + task);
                break;
        }
    }

    // The first fenced block under the "### <task>" heading of rules/README.md.
    private static string Block(string task)
    {
        var text = Readme.Replace("\r\n", "\n", StringComparison.Ordinal);
        var heading = text.IndexOf("\n### " + task + "\n", StringComparison.Ordinal);
        Assert.True(heading >= 0, $"rules/README.md has no '### {task}'.");
        var open = text.IndexOf("```", heading, StringComparison.Ordinal);
        var start = text.IndexOf('\n', open) + 1;
        var end = text.IndexOf("```", start, StringComparison.Ordinal);
        return text[start..end];
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
