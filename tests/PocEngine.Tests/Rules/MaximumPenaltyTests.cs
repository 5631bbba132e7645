using System;
using Xunit;

namespace PocEngine.Tests.Rules;

// Maximum penalties rank charges, so their reading and their order are checked unit by unit.
public sealed class MaximumPenaltyTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("12")]
    [InlineData("y")]
    [InlineData("0y")]
    [InlineData("6m1y")]
    [InlineData("123456y")]
    [InlineData("10001y")]
    [InlineData("14x")]
    [InlineData("Life")]
    public void TryParse_NotAPenalty_IsFalse(string? text)
    {
        Assert.False(MaximumPenalty.TryParse(text, out _));
    }

    [Theory]
    [InlineData("life", true, 0, 0, 0, 0)]
    [InlineData("14y", false, 14, 0, 0, 0)]
    [InlineData("1y6m", false, 1, 6, 0, 0)]
    [InlineData("2w3d", false, 0, 0, 2, 3)]
    [InlineData("10000d", false, 0, 0, 0, 10_000)]
    public void TryParse_Penalty_GivesItsUnits(string text, bool life, int years, int months, int weeks, int days)
    {
        Assert.True(MaximumPenalty.TryParse(text, out var penalty));

        Assert.Equal(life, penalty.IsLife);
        Assert.Equal((years, months, weeks, days), (penalty.Years, penalty.Months, penalty.Weeks, penalty.Days));
        Assert.Equal(text, penalty.ToString());
    }

    // Each pair is longer than shorter, by the smallest unit that tells them apart.
    [Theory]
    [InlineData("1y1d", "1y")]
    [InlineData("2d", "1d")]
    [InlineData("1w", "6d")]
    [InlineData("1m", "4w")]
    [InlineData("1y", "11m")]
    [InlineData("life", "10000y")]
    public void Order_LongerTerm_RanksAbove(string longer, string shorter)
    {
        Assert.True(MaximumPenalty.TryParse(longer, out var a));
        Assert.True(MaximumPenalty.TryParse(shorter, out var b));

        Assert.True(a > b);
        Assert.True(b < a);
        Assert.True(a.CompareTo(b) > 0);
        Assert.NotEqual(a, b);
    }

    [Theory]
    [InlineData("12m", "1y")]
    [InlineData("7d", "1w")]
    [InlineData("1y12m", "2y")]
    public void Equality_SameLengthWrittenDifferently_IsEqualAndOrderedTheSame(string a, string b)
    {
        Assert.True(MaximumPenalty.TryParse(a, out var x));
        Assert.True(MaximumPenalty.TryParse(b, out var y));

        Assert.True(x == y && x.Equals(y) && x.Equals((object)y) && !(x != y));
        Assert.True(x <= y && x >= y && x.CompareTo(y) == 0);
        Assert.Equal(x.GetHashCode(), y.GetHashCode());
        Assert.NotEqual(x.ToString(), y.ToString());
    }

    [Fact]
    public void Default_IsANoneTermBelowEveryTerm()
    {
        var none = default(MaximumPenalty);

        Assert.Equal(("none", false), (none.ToString(), none.IsLife));
        Assert.True(none < MaximumPenalty.Term(days: 1));
        Assert.False(MaximumPenalty.TryParse("none", out _));
    }

    [Theory]
    [InlineData(-1, 0, 0, 0)]
    [InlineData(0, -1, 0, 0)]
    [InlineData(0, 0, -1, 0)]
    [InlineData(0, 0, 0, -1)]
    [InlineData(10_001, 0, 0, 0)]
    [InlineData(0, 0, 10_001, 0)]
    [InlineData(0, 0, 0, 0)]
    public void Term_OutOfRangeOrEmpty_Throws(int years, int months, int weeks, int days)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MaximumPenalty.Term(years, months, weeks, days));
    }

    [Theory]
    [InlineData(1, 0, 0, 0, "1y")]
    [InlineData(0, 1, 0, 0, "1m")]
    [InlineData(0, 0, 1, 0, "1w")]
    [InlineData(0, 0, 0, 1, "1d")]
    [InlineData(10_000, 0, 0, 0, "10000y")]
    public void Term_OneUnit_IsThatTerm(int years, int months, int weeks, int days, string text)
    {
        var term = MaximumPenalty.Term(years, months, weeks, days);

        Assert.Equal(text, term.ToString());
        Assert.True(MaximumPenalty.TryParse(text, out var parsed));
        Assert.Equal(parsed, term);
    }
}
