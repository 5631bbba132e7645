using System;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Calculation;

// A zero value never reads as a decision: default(PocDecision) says it is none, default(ResolvedCharge) says it was
// not resolved, and FinalisationKind.None is refused wherever a finalisation is required.
public sealed class DefaultValueTests
{
    [Fact]
    public void PocDecision_Default_IsNoDecisionAndPrintsWithoutThrowing()
    {
        var decision = default(PocDecision);

        Assert.Equal(PocOutcome.None, decision.Outcome);
        Assert.Null(decision.RuleSetVersion);
        Assert.Null(decision.Category);
        Assert.Equal("(no decision)", decision.ToString());
        Assert.NotEqual(decision, new PocCalculator(Yaml.Default().Load()).Decide(Cases.Date, FinalisationKind.Conviction, []));
    }

    [Fact]
    public void ResolvedCharge_Default_IsNotResolvedAndNotCounted()
    {
        var charge = default(ResolvedCharge);

        Assert.Equal(ChargeStatus.None, charge.Status);
        Assert.Null(charge.Charge);
        Assert.Equal("(not resolved)", charge.ToString());
    }

    [Fact]
    public void FinalisationKind_None_IsRefusedByACaseAndByDecide()
    {
        var calculator = new PocCalculator(Yaml.Default().Load());

        Assert.Throws<ArgumentOutOfRangeException>(() => new DefendantCase(Cases.Date, FinalisationKind.None, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => calculator.Decide(Cases.Date, FinalisationKind.None, []));
        Assert.Equal(FinalisationKind.None, default(FinalisationKind));
    }

    [Fact]
    public void PocDecision_Determined_PrintsItsOutcomeCategoryChargeAndFactor()
    {
        var ruleSet = Yaml.Default().Load();
        var decision = new PocCalculator(ruleSet).Decide(Cases.Date, FinalisationKind.Conviction, [new PocCalculator(ruleSet).Resolve(new Charge("TH68023"))]);

        Assert.Equal($"determined robbery TH68023 (only-offence, {ruleSet.Latest})", decision.ToString());
    }
}
