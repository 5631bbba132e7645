using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Cli;

// rules/README.md's "Everyday changes", run as the maintainers read them (the tool's leg: they start with 'poc new version').
public sealed class WorkedExampleTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Repository.Root, "rules", "README.md"));

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
        Assert.True(PocEngine.Cli.Program.Run(args, output, error, TestContext.Current.CancellationToken) == 0, error.ToString());
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
}
