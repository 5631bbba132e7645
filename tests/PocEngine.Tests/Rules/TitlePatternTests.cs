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
    [InlineData("PRODUCING CONTROLLED DRUG - CLASS A", "controlled drug", true)]
    [InlineData("Supply a psychoactive substance", "controlled drug", false)]
    [InlineData("DAMAGE £5000 OR LESS", "controlled drug", true)]
    [InlineData("anything", null, true)]
    public void MayMatch_Title_IsFalseOnlyForAnAsciiTitleWithoutTheLiteral(string title, string? literal, bool expected)
    {
        Assert.Equal(expected, TitlePattern.MayMatch(title, literal));
    }
}
