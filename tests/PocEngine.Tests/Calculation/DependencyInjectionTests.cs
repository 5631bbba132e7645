using Microsoft.Extensions.DependencyInjection;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Calculation;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddPocEngine_Default_ResolvesACalculatorOnTheEmbeddedRules()
    {
        using var provider = new ServiceCollection().AddPocEngine().BuildServiceProvider();

        var calculator = provider.GetRequiredService<IPocCalculator>();

        Assert.Same(RuleSet.Default, provider.GetRequiredService<RuleSet>());
        Assert.Equal("robbery", calculator.Calculate(Cases.Convicted("TH68023")).Category!.Id);
        Assert.Same(calculator, provider.GetRequiredService<IPocCalculator>());
    }

    [Fact]
    public void AddPocEngine_CalledTwice_KeepsTheFirstRegistration()
    {
        var services = new ServiceCollection().AddPocEngine(o => o.RulesDirectory = Repository.Rules).AddPocEngine(o => o.RulesDirectory = "/nowhere");

        using var provider = services.BuildServiceProvider();

        Assert.Equal(2, services.Count);
        Assert.Equal("cps", provider.GetRequiredService<RuleSet>().Id);
    }

    // README, "Dependency injection": "the first registration wins: a second call changes nothing, and a RuleSet or
    // IPocCalculator you register before calling it is kept" (ReadmeTests holds the README to these words).
    [Fact]
    public void AddPocEngine_OwnRegistrationsMadeFirst_AreKept()
    {
        var own = new PocCalculator(RuleSet.Default, RuleSet.Default.Versions[0].Label);
        var ownRules = RuleSet.LoadFromDirectory(Repository.Rules);
        var services = new ServiceCollection().AddSingleton<IPocCalculator>(own).AddSingleton(ownRules).AddPocEngine();

        using var provider = services.BuildServiceProvider();

        Assert.Equal(2, services.Count);
        Assert.Same(own, provider.GetRequiredService<IPocCalculator>());
        Assert.Same(ownRules, provider.GetRequiredService<RuleSet>());
    }

    [Fact]
    public void AddPocEngine_PinnedVersion_UsesItForEveryCase()
    {
        using var provider = new ServiceCollection().AddPocEngine(o => o.PinnedVersion = RuleSet.Default.Versions[0].Label).BuildServiceProvider();

        var result = provider.GetRequiredService<IPocCalculator>().Calculate(new DefendantCase(new System.DateOnly(1990, 1, 1), FinalisationKind.Conviction, [new Charge("TH68023")]));

        Assert.Equal(RuleSet.Default.Versions[0].Label, result.RuleSetVersionLabel);
    }

    [Fact]
    public void AddPocEngine_BadRulesFolder_FailsWhenResolvedWithEveryDiagnostic()
    {
        using var provider = new ServiceCollection().AddPocEngine(o => o.RulesDirectory = "/nowhere/at/all").BuildServiceProvider();

        var error = Assert.Throws<RuleSetLoadException>(() => provider.GetRequiredService<IPocCalculator>());

        Assert.Equal(DiagnosticCodes.FileUnreadable, Assert.Single(error.Diagnostics).Code);
    }
}
