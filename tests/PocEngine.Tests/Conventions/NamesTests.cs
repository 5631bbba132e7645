using System;
using System.Linq;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Conventions;

// Every enumeration value has one name, which reads back as the same value: a new member without a name, or two
// members sharing one, fails here instead of turning silently into another value in a file or a result.
public sealed class NamesTests
{
    [Fact]
    public void PocNames_EveryValue_RoundTripsThroughItsName()
    {
        foreach (var value in Enum.GetValues<PocOutcome>().Where(v => v != PocOutcome.None))
        {
            Assert.True(PocNames.TryParse(PocNames.Of(value), out PocOutcome back) && back == value, value.ToString());
        }

        foreach (var value in Enum.GetValues<DecidingFactor>())
        {
            Assert.True(PocNames.TryParse(PocNames.Of(value), out DecidingFactor back) && back == value, value.ToString());
        }

        foreach (var value in Enum.GetValues<PocWarningKind>())
        {
            Assert.True(PocNames.TryParse(PocNames.Of(value), out PocWarningKind back) && back == value, value.ToString());
        }

        foreach (var value in Enum.GetValues<FinalisationKind>().Where(v => v != FinalisationKind.None))
        {
            Assert.True(PocNames.TryParse(PocNames.Of(value), out FinalisationKind back) && back == value, value.ToString());
        }
    }

    // The zero member of an enumeration that has no zero value is named, so that a default value prints, but never
    // parsed: "none" in a case file is not a finalisation, and no file or result holds the outcome None.
    [Fact]
    public void PocNames_NoneOfAnEnumerationWithoutAZeroValue_IsNamedButNeverParsed()
    {
        Assert.Equal(("none", "none", "none"), (PocNames.Of(PocOutcome.None), PocNames.Of(FinalisationKind.None), PocNames.Of(ChargeStatus.None)));
        Assert.False(PocNames.TryParse("none", out PocOutcome _));
        Assert.False(PocNames.TryParse("none", out FinalisationKind _));
    }

    [Fact]
    public void PocNames_NamesOfOneEnumeration_AreDistinct()
    {
        Assert.Distinct(Enum.GetValues<ChargeStatus>().Select(PocNames.Of));
        Assert.Distinct(Enum.GetValues<MaximumPenaltySource>().Select(PocNames.Of));
        Assert.Distinct(Enum.GetValues<RankingKey>().Select(PocNames.Of));
    }

    [Fact]
    public void RankingKeys_EveryKey_ReadsBackFromAnOrderingAndDecidesWithItsOwnFactor()
    {
        // Every key, with offence-code last, as a total order needs.
        var keys = Enum.GetValues<RankingKey>().OrderBy(k => k == RankingKey.OffenceCode).ToArray();
        var ordering = "ordering: [" + string.Join(", ", keys.Select(PocNames.Of)) + "]\n";

        var loaded = Yaml.Default().With("ordering.yaml", ordering).Load().Latest;

        Assert.Equal(keys, loaded.Ordering);
        Assert.Distinct(keys.Select(k => RankingKeys.Of(k).Factor));
        Assert.All(keys, k => Assert.Equal(k, RankingKeys.Of(RankingKeys.Of(k).Factor).Key));
    }

    [Fact]
    public void RankingKeys_HashNames_AreTheFrozenNamesOfTheFirstHashForm()
    {
        // The first form hashed each key's enum name; these must never change, or every published hash would.
        Assert.Equal(["ModeOfTrial", "MaximumPenalty", "CategoryPrecedence", "OffenceCode"], Enum.GetValues<RankingKey>().Select(k => RankingKeys.Of(k).HashName));
    }

    [Fact]
    public void MaximumPenaltySource_HashNames_AreFrozenAndOneForEachSource()
    {
        // The first form hashed the enum's names; they are now written out, so a renamed member keeps every hash.
        Assert.Equal(
            ["None", "Catalogue", "InchoateBase", "Equivalent", "HomeOfficeClassPeers", "InchoateVariants"],
            Enum.GetValues<MaximumPenaltySource>().Select(PocEngine.Validation.ContentHash.HashName));
        Assert.Throws<ArgumentOutOfRangeException>(() => PocEngine.Validation.ContentHash.HashName((MaximumPenaltySource)99));
    }

    [Fact]
    public void RankingKeys_UnknownKey_IsRefusedNotMapped()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RankingKeys.Of((RankingKey)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => RankingKeys.Of(DecidingFactor.OnlyOffence));
    }
}
