using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Calculation;

// A result printed (in a log line, a debugger, an interpolated string) says what was decided, not its type name.
public sealed class PrincipalOffenceResultTests
{
    private static readonly PocCalculator Calculator = new(DefaultRules.RuleSet);

    [Fact]
    public void ToString_Determined_IsTheDecision()
    {
        var result = Calculator.Calculate(Cases.Convicted("TH68023", "OF61102"));

        Assert.Equal($"determined robbery TH68023 (mode-of-trial, {result.RuleSetVersion})", result.ToString());
        Assert.Equal(result.Decision.ToString(), result.ToString());
    }

    [Fact]
    public void ToString_WithWarnings_NamesTheirKindsOnce()
    {
        var result = Calculator.Calculate(Cases.Convicted("01CP003", "43BB001", "TH68023"));

        Assert.Equal(2, result.Warnings.Count);
        Assert.Equal($"determined robbery TH68023 (mode-of-trial, {result.RuleSetVersion}); warnings: fallback-category", result.ToString());
    }

    [Fact]
    public void ToString_AdministrativelyFinalised_IsTheOutcome()
    {
        var result = Calculator.Calculate(Cases.Of(FinalisationKind.Administrative, new Charge("TH68023")));

        Assert.Equal($"admin-finalised ({result.RuleSetVersion})", result.ToString());
    }
}
