using System;
using System.Linq;
using PocEngine.Cli.Reports;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Cli;

// poc offences --category, --classified-by, --fallback and --code (the same filters as poc review): each keeps the
// codes the catalogue says it should, several together keep the codes that pass every one, and a value the version
// does not know is bad usage (exit 2) naming what is allowed, never an empty list.
public sealed class OffencesFilterTests
{
    private static readonly RuleSetVersion Version = DefaultRules.RuleSet.Latest;

    [Theory]
    [InlineData("robbery")]
    [InlineData("Robbery")]
    public void Offences_Category_KeepsItsCodesByIdOrName(string given)
    {
        var rows = Rows("offences", "--category", given);

        Assert.Equal(Version.Offences.Where(o => o.Category?.Id == "robbery").Select(o => o.Code), rows.Select(r => r[0]));
        Assert.Contains("TH68023", rows.Select(r => r[0]));
    }

    [Fact]
    public void Offences_ClassifiedByARule_KeepsTheCodesItPlaced()
    {
        var rows = Rows("offences", "--classified-by", "misuse-of-drugs-act");

        Assert.Equal(Version.Offences.Count(o => o.ClassifiedBy == "misuse-of-drugs-act"), rows.Count);
        Assert.All(rows, r => Assert.Equal("misuse-of-drugs-act", r[6]));
        Assert.Contains("MD71001", rows.Select(r => r[0]));
    }

    [Fact]
    public void Offences_Fallback_IsTheSameAsClassifiedByFallback()
    {
        var fallback = Rows("offences", "--fallback");

        Assert.Equal(Rows("offences", "--classified-by", "fallback").Select(r => r[0]), fallback.Select(r => r[0]));
        Assert.Equal(Version.Offences.Count(o => o.ClassifiedBy == ClassifiedBy.Fallback), fallback.Count);
        Assert.Contains("01CP003", fallback.Select(r => r[0]));
    }

    [Fact]
    public void Offences_CodePrefixAndGlob_KeepTheMatchingCodes()
    {
        Assert.Equal(Version.Offences.Where(o => o.Code.StartsWith("MD71", StringComparison.Ordinal)).Select(o => o.Code), Rows("offences", "--code", "MD71").Select(r => r[0]));
        Assert.Equal(["TH68023", "TH68123", "TH68A23"], Rows("offences", "--code", "TH68?23").Select(r => r[0]));
        Assert.Equal(["TH68023", "TH68123", "TH68A23"], Rows("offences", "--code", "th68?23").Select(r => r[0]));
        Assert.Equal(["MD71001", "TH68023"], Rows("offences", "--code", "MD71001", "--code", "TH68023").Select(r => r[0]).Where(c => c.Length == 7));
        Assert.Equal(Version.Offences.Count(o => o.Code.EndsWith('A')), Rows("offences", "--code", "*A").Count);
    }

    [Fact]
    public void Offences_SeveralFilters_KeepCodesPassingEvery()
    {
        var rows = Rows("offences", "--category", "robbery", "--code", "TH68", "--classified-by", "home-office-robbery");

        Assert.Equal(Version.Offences.Where(o => o.Category?.Id == "robbery" && o.Code.StartsWith("TH68", StringComparison.Ordinal) && o.ClassifiedBy == "home-office-robbery").Select(o => o.Code), rows.Select(r => r[0]));
        Assert.Contains("TH68023", rows.Select(r => r[0]));
        Assert.DoesNotContain("TH68022", rows.Select(r => r[0])); // robbery, but by title-robbery
    }

    [Theory]
    [InlineData(new[] { "--category", "robery" }, "--category 'robery' is not a category of version 2026.1; its categories are homicide,")]
    [InlineData(new[] { "--classified-by", "misuse" }, "--classified-by 'misuse' is neither a category rule of version 2026.1 nor one of override, fallback, not-an-offence. Did you mean misuse-of-drugs-act-obstruction, misuse-of-drugs-act?")]
    [InlineData(new[] { "--code", "MD71-" }, "--code 'MD71-' is not a code prefix or pattern")]
    public void Offences_UnknownValue_ExitsTwoNamingWhatIsAllowed(string[] filter, string expected)
    {
        var run = PocProcess.InProcess(["offences", .. filter]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(expected, run.Error.Trim(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    // The Act a title cites, for the review's fallback groups (titles from the catalogue, checked by hand).
    [Theory]
    [InlineData("Possess identity document with an improper intention Contrary to Section 4(1) of the Identity Documents Act 2010", "Identity Documents Act 2010")]
    [InlineData("due to your act or default- deposit Skip on the highway Contrary to section 139(5) of the Highways Act 1980", "Highways Act 1980")]
    [InlineData("Fail to discharge duty -Sec 33(1)(a) Health & Safety at Work Act 1974", "Health & Safety at Work Act 1974")]
    [InlineData("Contrary to section 27(1)(B) Criminal Procedures (Scotland) Act 1995", "Criminal Procedures (Scotland) Act 1995")]
    [InlineData("Under the Social Security Administration Act 1992 make a", "Social Security Administration Act 1992")]
    [InlineData("Social Security Administration Act where not otherwise covered", "Social Security Administration Act")]
    [InlineData("PRODUCING CONTROLLED DRUG CONTRARY TO MISUSE OF DRUGS ACT 1971", "MISUSE OF DRUGS ACT 1971")]
    [InlineData("DOING ANY ACT TENDING AND INTENDED TO PERVERT THE COURSE OF PUBLIC JUSTICE", ActCitation.NoActNamed)]
    [InlineData("Appeal against a notice issued under Sec 25 of this Act", ActCitation.NoActNamed)]
    [InlineData("Aid and abet unauthorised use of premises - gambling act 2005", ActCitation.NoActNamed)]
    [InlineData("Robbery", ActCitation.NoActNamed)]
    [InlineData("", ActCitation.NoActNamed)]
    public void ActCitation_Title_IsTheActItCites(string title, string act)
    {
        Assert.Equal(act, ActCitation.Of(title));
    }

    private static System.Collections.Generic.List<string[]> Rows(params string[] args)
    {
        var run = PocProcess.InProcess(args);
        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code,category,eligible,mode,maxPenalty,maxPenaltySource,classifiedBy,hoClass,hoGroup,title", lines[0].TrimEnd('\r'));
        return lines.Skip(1).Select(l => l.Split(',')).ToList();
    }
}
