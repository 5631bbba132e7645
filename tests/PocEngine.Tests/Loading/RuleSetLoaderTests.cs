using System.Linq;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Loading;

public sealed class RuleSetLoaderTests
{
    [Fact]
    public void TryLoad_SmallValidRuleSet_LoadsEveryOffenceWithNoErrors()
    {
        var result = Yaml.Default().TryLoad();

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var version = result.RuleSet!.Latest;
        Assert.Equal(10, version.Offences.Count);
        Assert.Equal("test", version.RuleSetId);
        Assert.Equal(64, version.Hash.Length);
    }
}
