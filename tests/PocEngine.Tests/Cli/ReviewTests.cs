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
        Assert.Equal("section,rule,signal,category,act,code,title,mode,maxPenalty,maxPenaltySource,citedAct", lines[0]);
        Assert.Contains("rule,misuse-of-drugs-act,act only,drugs-offences,MD71,MD71001,PRODUCING CONTROLLED DRUG - CLASS A,CE,life,equivalent,no Act named", lines);
        Assert.Contains("rule,title-burglary,title only,burglary,TH68,TH68034,BURGLARY (WITH INTENT TO COMMIT OFFENCE TRIABLE ONLY ON INDICTMENT - IN DWELLING),CE,14y,equivalent,no Act named", lines);
        Assert.Contains(lines, l => l.StartsWith("fallback,fallback,,all-other-offences-excluding-motoring,AD76,AD76001,", StringComparison.Ordinal));
        Assert.Contains("derived-maximum,offences-against-the-person-act,,offences-against-the-person,OF61,OF61020,WOUNDING,CE,5y,equivalent,no Act named", lines);
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
        Assert.Contains("<tr class=\"weak\"><td class=\"rule\"><a href=\"#rule-misuse-of-drugs-act\">", page, StringComparison.Ordinal);
        Assert.Contains("<tr><td class=\"rule\"><a href=\"#rule-firearms-with-intent\">", page, StringComparison.Ordinal);
        Assert.EndsWith("</html>", page.TrimEnd(), StringComparison.Ordinal);
    }

    // The page names each rule's category by name with its id, and shows the rule's conditions (its Acts and title
    // patterns), which is what a rule owner signs off.
    [Fact]
    public void Review_Page_ShowsCategoryNamesWithIdsAndEachRulesConditions()
    {
        var html = Path.Combine(folder, "review.html");

        var (code, _, error) = Run("review", "--html", html);

        Assert.True(code == 0, error);
        var page = File.ReadAllText(html);
        Assert.Contains("<td class=\"rule\"><a href=\"#rule-misuse-of-drugs-act\"><code>misuse-of-drugs-act</code></a></td><td class=\"category\">Drugs Offences <span class=\"id\">(<code>drugs-offences</code>)</span></td><td class=\"when\"><ul class=\"when\"><li>act: <code>MD71</code></li></ul></td><td class=\"signal\">act only</td>", page, StringComparison.Ordinal);
        Assert.Contains("<li>title: <code>\\brobbery\\b</code></li>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>all-other-offences-excluding-motoring</td>", page, StringComparison.Ordinal);
    }

    // The fallback is grouped by the Act a title cites, and titles citing none are one group, "no Act named", first;
    // no group is named after a code's first four characters (10YY is not an Act).
    [Fact]
    public void Review_Fallback_GroupedByTheActTheTitleCites()
    {
        var html = Path.Combine(folder, "review.html");

        var (code, _, error) = Run("review", "--html", html, "--fallback");

        Assert.True(code == 0, error);
        var groups = Regex.Matches(File.ReadAllText(html), "<details class=\"fallback\"><summary>(.*?): ([0-9]+) code\\(s\\)</summary>").Select(m => (Name: m.Groups[1].Value, Count: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var fallback = DefaultRules.RuleSet.Latest.Offences.Where(o => o.IsEligible && o.ClassifiedBy == "fallback").ToList();
        Assert.Equal("<em>no Act named</em>", groups[0].Name);
        Assert.Equal(fallback.Count, groups.Sum(g => g.Count));
        Assert.Contains(("Identity Documents Act 2010", fallback.Count(o => o.Title.Contains("Identity Documents Act 2010", StringComparison.Ordinal))), groups);
        Assert.DoesNotContain(groups, g => g.Name is "10YY" or "01GL" or "AD76");
    }

    [Fact]
    public void Review_Category_ReviewsOnlyItsCodes()
    {
        var html = Path.Combine(folder, "review.html");
        var csv = Path.Combine(folder, "review.csv");

        var (code, output, error) = Run("review", "--html", html, "--csv", csv, "--category", "robbery");

        Assert.True(code == 0, error);
        var rows = File.ReadAllLines(csv).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("robbery", r.Split(',')[3]));
        var page = File.ReadAllText(html);
        Assert.Equal(["title-robbery"], Regex.Matches(page, "<details id=\"rule-([a-z0-9-]+)\">").Select(m => m.Groups[1].Value));
        Assert.Contains("<p id=\"filtered\">", page, StringComparison.Ordinal);
        Assert.Contains("No code the filter kept is left to the fallback.", page, StringComparison.Ordinal);
        Assert.StartsWith("Reviewed cps 2026.1", output, StringComparison.Ordinal);
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
