using System;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Validation;

// Where a maximum comes from when the catalogue entry gives none: an inchoate variant takes its full offence's, and
// a full offence takes the one its inchoate variants agree on (an attempt, conspiracy or encouragement carries the
// maximum of the full offence in England and Wales).
public sealed class DerivedMaximumTests
{
    private const string Offences = """
        offences:
          - {code: AB12001, title: "Full offence without a maximum", mode: CE}
          - {code: AB12001A, title: "Attempt it", mode: CE, max: 7y}
          - {code: AB12001C, title: "Conspire to do it", mode: CI, max: 7y}
          - {code: AB12002, title: "Full offence whose variants disagree", mode: CE}
          - {code: AB12002A, title: "Attempt it", mode: CE, max: 5y}
          - {code: AB12002C, title: "Conspire to do it", mode: CI, max: 7y}
          - {code: AB12003, title: "Full offence with its own maximum", mode: CE, max: 2y}
          - {code: AB12003A, title: "Attempt it", mode: CE, max: 3y}
          - {code: AB12003B, title: "Aid and abet it", mode: CE}
        """;

    [Fact]
    public void FullOffenceWithoutAMaximum_TakesTheMaximumItsVariantsAgreeOn_AndSaysItIsDerived()
    {
        var version = Yaml.Default().With("offences/all.yaml", Offences).Load().Latest;

        Assert.True(version.TryGetOffence("AB12001", out var full));
        Assert.Equal("7y", full.MaximumPenalty?.ToString());
        Assert.Equal(MaximumPenaltySource.InchoateVariants, full.MaximumPenaltySource);
        Assert.Equal("inchoate-variants", PocNames.Of(full.MaximumPenaltySource));
    }

    [Fact]
    public void FullOffenceWhoseVariantsDisagree_GetsNoMaximum()
    {
        var version = Yaml.Default().With("offences/all.yaml", Offences).Load().Latest;

        Assert.True(version.TryGetOffence("AB12002", out var full));
        Assert.Null(full.MaximumPenalty);
        Assert.Equal(MaximumPenaltySource.None, full.MaximumPenaltySource);
    }

    [Fact]
    public void OwnMaximum_WinsOverTheVariants_AndAVariantWithoutOneTakesTheFullOffences()
    {
        var version = Yaml.Default().With("offences/all.yaml", Offences).Load().Latest;

        Assert.True(version.TryGetOffence("AB12003", out var full));
        Assert.True(version.TryGetOffence("AB12003B", out var abet));
        Assert.Equal(("2y", MaximumPenaltySource.Catalogue), (full.MaximumPenalty?.ToString(), full.MaximumPenaltySource));
        Assert.Equal(("2y", MaximumPenaltySource.InchoateBase), (abet.MaximumPenalty?.ToString(), abet.MaximumPenaltySource));
    }

    [Fact]
    public void WithoutDeriveInchoateMaximum_NothingIsShared()
    {
        var version = Yaml.Default()
            .With("offences/all.yaml", Offences)
            .With("ordering.yaml", Yaml.Ordering.Replace("derive-inchoate-maximum: true", "derive-inchoate-maximum: false", StringComparison.Ordinal))
            .Load().Latest;

        Assert.True(version.TryGetOffence("AB12001", out var full));
        Assert.Null(full.MaximumPenalty);
        Assert.Equal(MaximumPenaltySource.None, full.MaximumPenaltySource);
    }
}
