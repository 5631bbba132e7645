using System;
using System.Collections.Generic;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Rules;

// A loaded rule set is shared between threads and callers: no list it hands out can be cast back and changed.
public sealed class ImmutabilityTests
{
    [Fact]
    public void RuleSetVersion_ListsCastToMutableLists_RefuseChanges()
    {
        var ruleSet = Yaml.Default().Load();
        var version = ruleSet.Latest;
        Assert.True(version.TryGetOffence("TH68023", out var robbery));

        Assert.Throws<NotSupportedException>(() => ((IList<Offence>)version.Offences)[0] = robbery);
        Assert.Throws<NotSupportedException>(() => ((IList<Category>)version.Categories)[0] = version.Categories[1]);
        Assert.Throws<NotSupportedException>(() => ((IList<RankingKey>)version.Ordering)[0] = RankingKey.OffenceCode);
        Assert.Throws<NotSupportedException>(() => ((IList<CategoryRule>)version.CategoryRules).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<string>)version.CategoryRules[1].Conditions.HomeOfficeClasses)[0] = "999/*");
        Assert.Throws<NotSupportedException>(() => ((IList<RuleSetVersion>)ruleSet.Versions).Clear());
        Assert.True(version.TryGetOffence("TH68023", out var again));
        Assert.Same(robbery, again);
    }
}
