using System;
using System.Linq;
using PocEngine.Loading;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Rules;

// Every condition of category rules has one descriptor and reaches every stage of the library: read from rule files,
// matched against offences and hashed. Cli/OffenceDiffTests holds each to 'poc diff'. A key added to
// RuleFileFormat.ConditionKeys fails here until it has a descriptor, a sample and each stage.
public sealed class RuleConditionKindsTests
{
    [Fact]
    public void All_EveryConditionKey_HasExactlyOneDescriptorInKeyOrder()
    {
        Assert.Equal(RuleFileFormat.ConditionKeys, RuleConditionKinds.All.Select(k => k.Name));
        Assert.Equal(Enumerable.Range(0, RuleConditionKinds.All.Length), RuleConditionKinds.All.Select(k => k.Index));
    }

    [Theory]
    [MemberData(nameof(ConditionSample.Keys), MemberType = typeof(ConditionSample))]
    public void Load_RuleWithOneCondition_ReadsItUnderItsName(string key)
    {
        var sample = ConditionSample.For(key);

        var result = sample.Rules(key).TryLoad();

        Assert.True(result.Success, string.Join("\n", result.Errors));
        var probe = result.RuleSet!.Latest.CategoryRules.Single(r => r.Id == ConditionSample.ProbeId);
        var condition = Assert.Single(probe.Conditions);
        Assert.Equal(key, condition.Name);
        Assert.Equal(sample.Values, condition.Values);
    }

    [Theory]
    [MemberData(nameof(ConditionSample.Keys), MemberType = typeof(ConditionSample))]
    public void Load_RuleWithOneCondition_PlacesOnlyTheOffencesThatMeetIt(string key)
    {
        var sample = ConditionSample.For(key);

        var version = sample.Rules(key).Load().Latest;

        Assert.True(version.TryGetOffence(sample.Placed, out var placed));
        Assert.True(version.TryGetOffence(sample.NotPlaced, out var notPlaced));
        Assert.Equal(ConditionSample.ProbeId, placed.ClassifiedBy);
        Assert.NotEqual(ConditionSample.ProbeId, notPlaced.ClassifiedBy);
    }

    [Theory]
    [MemberData(nameof(ConditionSample.Keys), MemberType = typeof(ConditionSample))]
    public void Hash_RuleWithoutTheCondition_Changes(string key)
    {
        var version = ConditionSample.For(key).Rules(key).Load().Latest;

        var without = ConditionSample.WithoutCondition(version, key);

        Assert.NotEqual(version.Hash, without.Hash);
    }
}
