using System;
using System.Linq;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Rules;

// Where an offence's maximum comes from when the catalogue gives none: an override's current equivalent
// (maximum-from), the base of an inchoate variant, or the agreed maximum of its Home Office class and mode.
public sealed class MaximumDerivationTests
{
    private const string Catalogue = Yaml.Offences + """

          - {code: OF61020, title: "Wounding (legacy)", mode: CE}
          - {code: OF61131, title: "Wound without intent", mode: CE, ho-class: "008/06", max: 5y}
          - {code: QQ00001, title: "Peer one", mode: CE, ho-class: "058/00", max: 10y}
          - {code: QQ00002, title: "Peer two, no maximum", mode: CE, ho-class: "058/00"}
          - {code: QQ00003, title: "Same class, summary", mode: CS, ho-class: "058/00"}
          - {code: QQ00004, title: "Disagreeing class", mode: CE, ho-class: "034/01", max: 14y}
          - {code: QQ00005, title: "Disagreeing class, no maximum", mode: CE, ho-class: "034/01"}
        """;

    private static RuleSetLoadResult Load(string overrides, bool deriveClass = true) => Yaml.Default()
        .With("offences/all.yaml", Catalogue)
        .With("ordering.yaml", Yaml.Ordering + (deriveClass ? "\nderive-class-maximum: true\n" : "\n"))
        .With("offence-overrides.yaml", overrides)
        .TryLoad();

    private static Offence Offence(RuleSetLoadResult result, string code)
    {
        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.True(result.RuleSet!.Latest.TryGetOffence(code, out var offence));
        return offence;
    }

    [Fact]
    public void Load_MaximumFrom_TakesTheEquivalentsMaximumAndSaysSo()
    {
        var result = Load("offence-overrides:\n  - {code: OF61020, reason: Legacy s.20 wounding; OF61131 is the current code., maximum-from: OF61131}\n");

        var wounding = Offence(result, "OF61020");

        Assert.Equal(("5y", MaximumPenaltySource.Equivalent), (wounding.MaximumPenalty!.Value.ToString(), wounding.MaximumPenaltySource));
    }

    [Fact]
    public void Calculate_WoundingWithItsEquivalentsMaximum_OutranksCriminalDamageOnMaximumPenalty()
    {
        var result = Load("offence-overrides:\n  - {code: OF61020, reason: Legacy s.20 wounding., maximum-from: OF61131}\n");
        var calculator = new PocCalculator(result.RuleSet!);

        var outcome = calculator.Calculate(Cases.Of(FinalisationKind.Conviction, new Charge("CD71038"), new Charge("OF61020")));

        // CD71038 carries 10 years, so with 5 years the wounding still ranks below it: the key that decides is the maximum.
        Assert.Equal(("CD71038", DecidingFactor.MaximumPenalty), (outcome.PrincipalCharge!.Code, outcome.DecidedBy));
    }

    // Columns counted by hand: 'maximum-from: ' ends at column 45, so its value starts at 46 (55 after 'max: 5y, ').
    [Theory]
    [InlineData("  - {code: OF61020, reason: r, maximum-from: ZZ99999}\n", "POC1035", 2, 46, "The override of 'OF61020' takes its maximum from 'ZZ99999', which the catalogue does not hold; name the offence's current equivalent in the catalogue.")]
    [InlineData("  - {code: OF61020, reason: r, maximum-from: OF-61131}\n", "POC1013", 2, 46, "The offence code 'OF-61131' is not allowed; codes are 1 to 16 ASCII letters and digits.")]
    [InlineData("  - {code: OF61020, reason: r, max: 5y, maximum-from: OF61131}\n", "POC1013", 2, 55, "The override of 'OF61020' gives both 'max' and 'maximum-from'; give the maximum itself or the code to take it from, not both.")]
    public void Load_BrokenMaximumFrom_IsTheOnlyErrorAtItsPlace(string entry, string code, int line, int column, string message)
    {
        var result = Load("offence-overrides:\n" + entry);

        var error = Assert.Single(result.Errors);
        Assert.Equal((code, "offence-overrides.yaml", line, column, message), (error.Code, error.File, error.Line, error.Column, error.Message));
    }

    [Fact]
    public void Load_MaximumFromOnAnOffenceWithItsOwn_IsAWarningAndTheOwnMaximumWins()
    {
        var result = Load("offence-overrides:\n  - {code: OF61131, reason: r, maximum-from: CD71038}\n");

        var offence = Offence(result, "OF61131");
        Assert.Equal(("5y", MaximumPenaltySource.Catalogue), (offence.MaximumPenalty!.Value.ToString(), offence.MaximumPenaltySource));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.MaximumFromHasNoEffect);
        Assert.Equal((2, 46, "The offence 'OF61131' has its own maximum in the catalogue, which is used, so 'maximum-from' has no effect; remove it."), (warning.Line, warning.Column, warning.Message));
    }

    [Fact]
    public void Load_MaximumFromAnEquivalentWithoutOne_IsAWarningAndGivesNone()
    {
        var result = Load("offence-overrides:\n  - {code: OF61020, reason: r, maximum-from: QQ00002}\n", deriveClass: false);

        Assert.Null(Offence(result, "OF61020").MaximumPenalty);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.StartsWith("The offence 'OF61020' takes its maximum from 'QQ00002', which has no maximum", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DeriveClassMaximum_GivesTheAgreedMaximumOfTheSameClassAndModeOnly()
    {
        var result = Load("offence-overrides: []\n");

        // 058/00 either way: CD71038 (10y) and QQ00001 (10y) agree, so QQ00002 takes 10 years.
        var derived = Offence(result, "QQ00002");
        Assert.Equal(("10y", MaximumPenaltySource.HomeOfficeClassPeers), (derived.MaximumPenalty!.Value.ToString(), derived.MaximumPenaltySource));
        // The same class tried summarily has no peers with a maximum.
        Assert.Null(Offence(result, "QQ00003").MaximumPenalty);
        // 034/01 either way: TH68023 (life, but indictable-only) is not a peer, QQ00004 alone is too few.
        Assert.Null(Offence(result, "QQ00005").MaximumPenalty);
        Assert.Equal(MaximumPenaltySource.Catalogue, Offence(result, "QQ00001").MaximumPenaltySource);
    }

    [Fact]
    public void Load_WithoutDeriveClassMaximum_LeavesTheMaximumUnknown()
    {
        var result = Load("offence-overrides: []\n", deriveClass: false);

        Assert.Null(Offence(result, "QQ00002").MaximumPenalty);
        Assert.False(result.RuleSet!.Latest.DeriveClassMaximum);
    }

    [Fact]
    public void Hash_DeriveClassMaximumOff_IsTheHashOfTheSameRulesWithoutTheKey()
    {
        var without = Yaml.Default().Load().Latest.Hash;
        var off = Yaml.Default().With("ordering.yaml", Yaml.Ordering + "\nderive-class-maximum: false\n").Load().Latest.Hash;
        var on = Yaml.Default().With("ordering.yaml", Yaml.Ordering + "\nderive-class-maximum: true\n").Load().Latest.Hash;

        Assert.Equal(without, off);
        Assert.NotEqual(without, on);
    }
}
