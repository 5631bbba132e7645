using System;
using System.Collections.Generic;
using Xunit;

namespace PocEngine.Tests.Calculation;

// A case is a value: equal when its id, date, finalisation and charges (one by one, in order) are equal.
public sealed class DefendantCaseTests
{
    private static readonly DateTime Day = new(2026, 3, 1);

    private static DefendantCase Case(params Charge[] charges) =>
        new(Day, FinalisationKind.Conviction, charges) { Id = "C1" };

    [Fact]
    public void Equals_SameFactsInNewLists_AreEqualWithTheSameHash()
    {
        var a = Case(new Charge("TH68023") { Sequence = 1 }, new Charge("CD71001") { RemovedBeforeFinalisation = true });
        var b = Case(new Charge("TH68023") { Sequence = 1 }, new Charge("CD71001") { RemovedBeforeFinalisation = true });

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Single(new HashSet<DefendantCase> { a, b });
    }

    [Fact]
    public void Equals_AnyFactDifferent_AreNotEqual()
    {
        var a = Case(new Charge("TH68023"), new Charge("CD71001"));

        Assert.NotEqual(a, Case(new Charge("CD71001"), new Charge("TH68023")));
        Assert.NotEqual(a, Case(new Charge("TH68023")));
        Assert.NotEqual(a, Case(new Charge("TH68023"), new Charge("CD71001") { RemovedBeforeFinalisation = true }));
        Assert.NotEqual(a, a with { Id = "C2" });
        Assert.NotEqual(a, a with { Finalisation = FinalisationKind.Unsuccessful });
        Assert.NotEqual(a, new DefendantCase(Day.AddDays(1), FinalisationKind.Conviction, a.Charges) { Id = "C1" });
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void Charges_ListItWasMadeFromChanged_CaseUnchanged()
    {
        var list = new List<Charge> { new("TH68023") };
        var defendantCase = new DefendantCase(Day, FinalisationKind.Conviction, list);

        list[0] = new Charge("CD71001");

        Assert.Equal("TH68023", Assert.Single(defendantCase.Charges).Code);
    }
}
