using System;
using System.Linq;

namespace PocEngine.Tests.Support;

internal static class Cases
{
    public static readonly DateOnly Date = new(2024, 5, 1);

    public static DefendantCase Convicted(params string[] codes) =>
        new(Date, FinalisationKind.Conviction, codes.Select(c => new Charge(c)));

    public static DefendantCase Of(FinalisationKind kind, params Charge[] charges) => new(Date, kind, charges);
}
