using System;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Calculation;

// A calculator over a rule set provider reads the rule set in service on each call, and finds a pinned version once per
// rule set in service.
public sealed class PocCalculatorOverAProviderTests
{
    private static readonly DefendantCase Case = Cases.Of(FinalisationKind.Conviction, new Charge("TH68023"), new Charge("OF61102"));

    [Fact]
    public void Calculate_Pinned_AllocatesNoMoreThanAPlainCalculatorOnTheSameRuleSet()
    {
        var provider = new FixedProvider(Yaml.Default().Load());
        var reloading = new PocCalculator(provider, "1");
        var plain = new PocCalculator(provider.Current, "1");
        reloading.Calculate(Case);
        plain.Calculate(Case);

        var before = GC.GetAllocatedBytesForCurrentThread();
        plain.Calculate(Case);
        var plainBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        reloading.Calculate(Case);
        var reloadingBytes = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(plainBytes, reloadingBytes);
    }

    [Fact]
    public void Calculate_PinnedAfterAReload_UsesTheNewRuleSet()
    {
        var first = Yaml.Default().Load();
        var second = Yaml.Default().With("ordering.yaml", "ordering: [maximum-penalty, mode-of-trial, category-precedence, offence-code]\n").Load();
        var provider = new FixedProvider(first);
        var reloading = new PocCalculator(provider, "1");

        var before = reloading.Calculate(Case);
        provider.Current = second;
        var after = reloading.Calculate(Case);

        Assert.Equal(first.Latest.Hash, before.RuleSetVersion.Hash);
        Assert.Equal(second.Latest.Hash, after.RuleSetVersion.Hash);
    }

    private sealed class FixedProvider(RuleSet ruleSet) : IRuleSetProvider
    {
        public event EventHandler<RuleSetReloadedEventArgs>? Reloaded { add { } remove { } }

        public event EventHandler<RuleSetReloadFailedEventArgs>? ReloadFailed { add { } remove { } }

        public RuleSet Current { get; set; } = ruleSet;

        public RuleSetProviderStatus Status => throw new NotSupportedException("Not read by the calculator.");
    }
}
