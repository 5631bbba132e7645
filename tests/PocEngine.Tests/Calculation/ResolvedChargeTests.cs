using System;
using System.Linq;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Calculation;

// The resolved path: charges resolved once ahead, calculated over at finalisation. The property that it always agrees
// with the string path is CalculationProperties.CalculateOverResolvedCharges_GivesTheSameResultAsTheStringPath; these
// are the cases a generated rule set does not reach: handles from another version or rule set, the default handle,
// and what a handle reports about itself.
public sealed class ResolvedChargeTests
{
    // Version 2 recategorises robbery as theft.
    private const string Changes = """
        offence-overrides:
          - {code: TH68023, reason: test recategorisation, category: theft-and-handling}
        """;

    [Fact]
    public void Resolve_ACatalogueCode_CarriesItsEntryStatusAndVersion()
    {
        var calculator = DefaultRules.Calculator;

        var resolved = calculator.Resolve(new Charge("TH68023"));

        Assert.Equal("TH68023", resolved.Offence!.Code);
        Assert.Equal("robbery", resolved.Offence.Category!.Id);
        Assert.Equal(ChargeStatus.Counted, resolved.Status);
        Assert.Same(DefaultRules.RuleSet.Latest, resolved.Version);
    }

    [Theory]
    [InlineData("ZZ99999", false, ChargeStatus.UnknownCode)]
    [InlineData("TH68023", true, ChargeStatus.RemovedBeforeFinalisation)]
    public void Resolve_ACodeThatCannotCount_SaysWhy(string code, bool removed, ChargeStatus expected)
    {
        var resolved = DefaultRules.Calculator.Resolve(new Charge(code) { RemovedBeforeFinalisation = removed });

        Assert.Equal(expected, resolved.Status);
    }

    [Fact]
    public void Calculate_HandlesResolvedAgainstAnOlderVersion_UsesTheVersionInForce()
    {
        var ruleSet = Yaml.Default().With("ruleset.yaml", Yaml.HeaderWithVersionTwo).With("versions/2.yaml", Changes).Load();
        var calculator = new PocCalculator(ruleSet);
        var robbery = new Charge("TH68023");
        ResolvedCharge[] againstVersion1 = [new PocCalculator(ruleSet, "1").Resolve(robbery)];

        var result = calculator.Calculate(new DateOnly(2025, 4, 1), FinalisationKind.Conviction, againstVersion1);

        Assert.Equal("1", againstVersion1[0].Version!.Label);
        Assert.Equal("2", result.RuleSetVersionLabel);
        Assert.Equal("theft-and-handling", result.Category!.Id);
        Assert.Same(robbery, result.PrincipalCharge);
    }

    [Fact]
    public void Calculate_HandlesFromAnotherRuleSet_AreResolvedAgainstThisOne()
    {
        var recategorised = Yaml.Default().With("offence-overrides.yaml", Changes).Load();
        ResolvedCharge[] fromDefault = [DefaultRules.Calculator.Resolve(new Charge("TH68023"))];

        var decision = new PocCalculator(recategorised).Decide(Cases.Date, FinalisationKind.Conviction, fromDefault);

        Assert.Equal("theft-and-handling", decision.Category!.Id);
        Assert.Same(recategorised.Latest, decision.RuleSetVersion);
    }

    [Fact]
    public void Calculate_TheDefaultHandle_IsRefusedNamingTheCharge()
    {
        var calculator = DefaultRules.Calculator;
        ResolvedCharge[] charges = [calculator.Resolve(new Charge("TH68023")), default];

        var error = Assert.Throws<ArgumentException>(() => calculator.Calculate(Cases.Date, FinalisationKind.Conviction, charges));

        Assert.Equal("charges", error.ParamName);
        Assert.StartsWith("Charge 1 was never resolved", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_AnUndefinedFinalisation_IsRefused()
    {
        var calculator = DefaultRules.Calculator;

        Assert.Throws<ArgumentOutOfRangeException>(() => calculator.Decide(Cases.Date, (FinalisationKind)7, []));
    }

    [Fact]
    public void Calculate_WithADateTimeAtMidnight_GivesTheSameDecisionAsTheDateOnly()
    {
        var calculator = DefaultRules.Calculator;
        ResolvedCharge[] charges = [.. new[] { "TH68023", "OF61102" }.Select(c => calculator.Resolve(new Charge(c)))];

        var byDate = calculator.Decide(Cases.Date, FinalisationKind.Conviction, charges);
        var byDateTime = calculator.Decide(Cases.Date.ToDateTime(TimeOnly.MinValue), FinalisationKind.Conviction, charges);

        Assert.Equal(byDate, byDateTime);
        Assert.Equal("robbery", byDate.Category!.Id);
        Assert.Throws<ArgumentException>(() => calculator.Decide(new DateTime(2024, 5, 1, 9, 30, 0, DateTimeKind.Unspecified), FinalisationKind.Conviction, charges));
    }

    [Fact]
    public void Calculate_AFallbackCode_ReportsItsWarningAndTheDecisionSaysSo()
    {
        var calculator = DefaultRules.Calculator;
        var fallback = DefaultRules.RuleSet.Latest.Offences.First(o => o.ClassifiedBy == ClassifiedBy.Fallback);
        ResolvedCharge[] charges = [calculator.Resolve(new Charge(fallback.Code))];

        var result = calculator.Calculate(Cases.Date, FinalisationKind.Conviction, charges);

        Assert.True(result.Decision.HasWarnings);
        Assert.Equal(PocWarningKind.FallbackCategory, Assert.Single(result.Warnings).Kind);
    }

    [Fact]
    public void Equals_TheSameChargeAndVersion_AreEqualAndAnotherChargeIsNot()
    {
        var calculator = DefaultRules.Calculator;
        var charge = new Charge("TH68023");

        Assert.Equal(calculator.Resolve(charge), calculator.Resolve(charge));
        Assert.NotEqual(calculator.Resolve(charge), calculator.Resolve(new Charge("TH68023")));
        Assert.Equal("(not resolved)", default(ResolvedCharge).ToString());
    }
}
