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
}
