using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PocEngine.Cli;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Cli;

// poc review on the default rules: the evidence a rule owner signs off, as CSV and as an HTML page.
public sealed class ReviewTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("poc-review-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Review_DefaultRules_WritesEachSectionOfTheCsv()
    {
        var csv = Path.Combine(folder, "review.csv");

        var (code, output, error) = Run("review", "--rules", Repository.Rules, "--csv", csv);

        Assert.True(code == 0, error);
        var lines = File.ReadAllLines(csv);
        Assert.Equal("section,rule,signal,category,act,code,title,mode,maxPenalty,maxPenaltySource", lines[0]);
        Assert.Contains("rule,misuse-of-drugs-act,act only,drugs-offences,MD71,MD71001,PRODUCING CONTROLLED DRUG - CLASS A,CE,life,equivalent", lines);
        Assert.Contains("rule,title-burglary,title only,burglary,TH68,TH68034,BURGLARY (WITH INTENT TO COMMIT OFFENCE TRIABLE ONLY ON INDICTMENT - IN DWELLING),CE,14y,equivalent", lines);
        Assert.Contains(lines, l => l.StartsWith("fallback,fallback,,all-other-offences-excluding-motoring,AD76,AD76001,", StringComparison.Ordinal));
        Assert.Contains("derived-maximum,offences-against-the-person-act,,offences-against-the-person,OF61,OF61020,WOUNDING,CE,5y,equivalent", lines);
        var version = DefaultRules.RuleSet.Latest;
        Assert.Equal(version.Offences.Count(o => o.IsEligible && o.ClassifiedBy == "fallback"), lines.Count(l => l.StartsWith("fallback,", StringComparison.Ordinal)));
        Assert.Equal(version.Offences.Count(o => o.MaximumPenaltySource is not (MaximumPenaltySource.None or MaximumPenaltySource.Catalogue)), lines.Count(l => l.StartsWith("derived-maximum,", StringComparison.Ordinal)));
        Assert.StartsWith($"Reviewed cps 2026.1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_DefaultRules_RendersAPageWithEveryRuleAndTheTotals()
    {
        var html = Path.Combine(folder, "review.html");

        var (code, _, error) = Run("review", "--html", html);

        Assert.True(code == 0, error);
        var page = File.ReadAllText(html);
        var version = DefaultRules.RuleSet.Latest;
        var evidenceRules = version.CategoryRules.Where(r => r.Conditions.Acts.Count + r.Conditions.TitlePatterns.Count > 0).Select(r => r.Id).ToList();
        Assert.Equal(evidenceRules, Regex.Matches(page, "<details id=\"rule-([a-z0-9-]+)\">").Select(m => m.Groups[1].Value));
        Assert.Equal(Regex.Count(page, "<details"), Regex.Count(page, "</details>"));
        Assert.Contains($"<span id=\"fallback\">{version.Offences.Count(o => o.IsEligible && o.ClassifiedBy == "fallback")}</span>", page, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"weak\"><td><a href=\"#rule-misuse-of-drugs-act\">", page, StringComparison.Ordinal);
        Assert.Contains("<tr><td><a href=\"#rule-firearms-with-intent\">", page, StringComparison.Ordinal);
        Assert.EndsWith("</html>", page.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Review_NoFileGiven_ExitsTwo()
    {
        var (code, _, error) = Run("review");

        Assert.Equal(2, code);
        Assert.Contains("Give --html FILE, --csv FILE or both", error, StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
