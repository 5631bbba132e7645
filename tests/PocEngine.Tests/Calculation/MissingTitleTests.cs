using System.Linq;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Calculation;

// 233 codes of the standing data have no title (01CP003, CD71005C, CT03508, ...). Every output says so in the same
// words, Offence.MissingTitle, where it showed nothing (" (01CP003) is the only offence counted", "The code 01CP003 ()
// is placed"); Offence.Title stays the standing data's value, which the content hash reads. The tool's outputs:
// Cli/MissingTitleOutputTests.
public sealed class MissingTitleTests
{
    private const string Words = "[no title in the standing data]";

    private static readonly PocCalculator Calculator = new(DefaultRules.RuleSet);

    [Fact]
    public void Offence_NoTitleInTheStandingData_KeepsTitleEmptyAndShowsTheWords()
    {
        Assert.True(DefaultRules.RuleSet.Latest.TryGetOffence("01CP003", out var untitled));
        Assert.True(DefaultRules.RuleSet.Latest.TryGetOffence("TH68023", out var robbery));

        Assert.Equal(Words, Offence.MissingTitle);
        Assert.Equal(string.Empty, untitled.Title);
        Assert.Equal(Words, untitled.DisplayTitle);
        Assert.Equal("Robbery", robbery.DisplayTitle);
        Assert.Equal($"01CP003 {Words} (all-other-offences-excluding-motoring)", untitled.ToString());
        Assert.Equal(233, DefaultRules.RuleSet.Latest.Offences.Count(o => o.DisplayTitle == Words));
    }

    [Fact]
    public void Explain_OnlyOffenceWithoutATitle_SaysTheStandingDataGivesNone()
    {
        var result = Calculator.Explain(Cases.Convicted("01CP003"));

        Assert.Equal($"{Words} (01CP003) is the only offence counted, so it is the principal offence and the category is All Other Offences (excluding Motoring).", result.Explanation!.Sentence);
        Assert.Equal($"The code 01CP003 ({Words}) is placed in All Other Offences (excluding Motoring) by the fallback, because no category rule matches it.", Assert.Single(result.Warnings).Message);
    }

    [Fact]
    public void Explain_TwoOffencesWithoutTitles_NamesBothWithTheWords()
    {
        var result = Calculator.Explain(Cases.Convicted("01CP003", "CD71005C"));

        Assert.Equal($"{Words} (CD71005C, Criminal Damage) outranks {Words} (01CP003, All Other Offences (excluding Motoring)) on category precedence.", result.Explanation!.Sentence);
    }

    [Fact]
    public void Calculate_NotAnOffenceWithoutATitle_WarnsWithTheWords()
    {
        var result = Calculator.Calculate(Cases.Convicted("CT03508"));

        Assert.Equal($"The code CT03508 ({Words}) has CJS offence category B7, which is not a criminal offence, so the charge does not count.", Assert.Single(result.Warnings).Message);
    }
}
