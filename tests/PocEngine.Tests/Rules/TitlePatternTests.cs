using System.Linq;
using Xunit;

namespace PocEngine.Tests.Rules;

// The literal a title must contain before a pattern is tried: a shortcut that may only skip titles the pattern
// could never match.
public sealed class TitlePatternTests
{
    [Theory]
    [InlineData(@"\brape\b", "rape")]
    [InlineData("caus(e|ing) death by .*driving", " death by ")]
    [InlineData("^producing controlled drug", "producing controlled drug")]
    [InlineData("exceed\\w* (a |the )?(temporary )?\\d+[ /\\d]*mph", "exceed")]
    [InlineData("indecent(ly)? assault", "indecent")]
    [InlineData("drugs? - class", " class")]
    [InlineData("colou?r chart", "r chart")]
    [InlineData("wounding|grievous", null)]
    [InlineData("(wounding|grievous) bodily", " bodily")]
    [InlineData("ab", null)]
    [InlineData("[abc]{3}", null)]
    [InlineData(@"\(abc\)", "abc")]
    public void RequiredLiteral_Pattern_IsARunEveryMatchContains(string pattern, string? expected)
    {
        Assert.Equal(expected, TitlePattern.RequiredLiteral(pattern));
    }

    [Theory]
    [InlineData("PRODUCING CONTROLLED DRUG - CLASS A", new[] { "CONTROLLED DRUG", "CLASS" }, true)]
    [InlineData("Producing controlled drug", new[] { "CONTROLLED DRUG" }, true)]
    [InlineData("Producing controlled drug", new[] { "CONTROLLED DRUG", "CLASS" }, false)]
    [InlineData("Supply a psychoactive substance", new[] { "CONTROLLED DRUG" }, false)]
    [InlineData("DAMAGE £5000 OR LESS", new[] { "CONTROLLED DRUG" }, true)]
    [InlineData("anything", new string[0], true)]
    public void MayMatch_Title_IsFalseOnlyForAnAsciiTitleWithoutALiteral(string title, string[] literals, bool expected)
    {
        Assert.Equal(expected, TitlePattern.MayMatch(new OffenceTitle(title), literals));
    }

    [Fact]
    public void RequiredLiterals_Pattern_AreEveryTopLevelRun()
    {
        Assert.Equal(["exceed", " mph"], TitlePattern.RequiredLiterals("exceed\\w* \\d+ mph"));
    }

    [Theory]
    [InlineData("unlawful sexual|sex with (a )?(child|girl|boy)|intercourse with (a )?girl", "unlawful sexual/sex with /intercourse with +girl")]
    [InlineData("wounding|grievous", "wounding/grievous")]
    [InlineData("(wounding|grievous) bodily", " bodily")]
    [InlineData("a[|]bcd|efg", "bcd/efg")]
    [InlineData(@"abc\|def", "abc+def")]
    [InlineData(@"abc\\|def", "abc/def")]
    [InlineData("wounding|gr", "")]
    [InlineData("wounding|", "")]
    [InlineData("(?x)sex with", "")]
    [InlineData("(?ix:sex) with", "")]
    [InlineData("(?i)sex with", "sex with")]
    public void RequiredLiteralSets_TopLevelAlternation_GivesEachAlternativesRuns(string pattern, string expected)
    {
        Assert.Equal(expected, string.Join("/", TitlePattern.RequiredLiteralSets(pattern).Select(set => string.Join("+", set))));
    }

    [Theory]
    [InlineData("UNLAWFUL SEXUAL INTERCOURSE", true)]
    [InlineData("Have sex with a child", true)]
    [InlineData("Intercourse with a girl under 13", true)]
    [InlineData("Theft from the person", false)]
    [InlineData("Ünlawful sexual act", true)]
    public void MayMatch_Alternatives_IsTrueWhenAnyAlternativesRunsAreAllThere(string title, bool expected)
    {
        var sets = System.Array.ConvertAll(TitlePattern.RequiredLiteralSets("unlawful sexual|sex with (a )?(child|girl|boy)|intercourse with (a )?girl"), set => System.Array.ConvertAll(set, l => l.ToUpperInvariant()));

        Assert.Equal(expected, TitlePattern.MayMatch(new OffenceTitle(title), sets));
    }

    // The shortcut may only skip titles the pattern cannot match: for every title of the default catalogue and every
    // title pattern of the default rules, a title the shortcut skips is one the pattern does not match.
    [Fact]
    public void MayMatch_DefaultCatalogueAndRules_NeverSkipsATitleThePatternMatches()
    {
        var ruleSet = Support.DefaultRules.RuleSet;
        var titles = ruleSet.Latest.Offences.Select(o => o.Title).Distinct(System.StringComparer.Ordinal).ToArray();
        foreach (var pattern in ruleSet.Latest.CategoryRules.SelectMany(r => r.Conditions.TitlePatterns))
        {
            var regex = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            var sets = System.Array.ConvertAll(TitlePattern.RequiredLiteralSets(pattern), set => System.Array.ConvertAll(set, l => l.ToUpperInvariant()));
            foreach (var title in titles)
            {
                if (!TitlePattern.MayMatch(new OffenceTitle(title), sets))
                {
                    Assert.False(regex.IsMatch(title), $"'{pattern}' matches '{title}', which the shortcut skipped.");
                }
            }
        }
    }
}
