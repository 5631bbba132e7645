using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace PocEngine.Tests.Properties;

// Generated rule sets and cases for the properties: a small catalogue with every mode, maxima from none to life,
// Home Office classes in four groups, and an ordering that is any permutation of the first three keys.
public sealed record GeneratedOffence(string Code, string Mode, string? Max, string? HomeOfficeClass);

public sealed record Scenario(RuleSet RuleSet, IReadOnlyList<GeneratedOffence> Offences, IReadOnlyList<RankingKey> Ordering, IReadOnlyList<Charge> Charges)
{
#pragma warning disable CA1822 // Instance members read better at the call sites: scenario.Case(...).
    public DefendantCase Case(IEnumerable<Charge> charges, FinalisationKind kind = FinalisationKind.Conviction) =>
        new(new DateOnly(2024, 5, 1), kind, charges);

    public DefendantCase Case() => Case(Charges);
#pragma warning restore CA1822

    public override string ToString() =>
        $"ordering [{string.Join(", ", Ordering)}]; offences [{string.Join(", ", Offences.Select(o => $"{o.Code} {o.Mode} {o.Max ?? "-"} {o.HomeOfficeClass ?? "-"}"))}]; charges [{string.Join(", ", Charges.Select(c => $"{c.Code}#{c.Sequence}{(c.RemovedBeforeFinalisation ? " removed" : string.Empty)}{(c.ModeOfTrial is { } m ? " " + m : string.Empty)}"))}]";
}

internal static class Generated
{
    private static readonly string[] Modes = ["CI", "CE", "CS", "CM", "CB"];
    private static readonly string?[] Maxima = [null, null, "life", "14y", "10y", "5y", "2y", "6m", "12m", "1y", "26w", "3m"];
    private static readonly string?[] Classes = [null, "008/06", "028/03", "034/01", "058/00", "001/01"];
    private static readonly RankingKey[] Firsts = [RankingKey.ModeOfTrial, RankingKey.MaximumPenalty, RankingKey.CategoryPrecedence];

    public static Arbitrary<Scenario> Scenarios() => Scenario().ToArbitrary();

    private static Gen<Scenario> Scenario() =>
        from count in Gen.Choose(1, 12)
        from offences in Gen.ArrayOf(Offence(), count)
        from permutation in Gen.Shuffle(Firsts)
        from chargeCount in Gen.Choose(0, 8)
        let catalogue = offences.DistinctBy(o => o.Code).OrderBy(o => o.Code, StringComparer.Ordinal).ToArray()
        from charges in Gen.ArrayOf(Charge(catalogue), chargeCount)
        let ordering = permutation.Append(RankingKey.OffenceCode).ToArray()
        select new Scenario(Build(catalogue, ordering), catalogue, ordering, Sequence(charges));

    private static Gen<GeneratedOffence> Offence() =>
        from letter in Gen.Elements("A", "B", "C")
        from number in Gen.Choose(10, 30)
        from inchoate in Gen.Elements(string.Empty, string.Empty, string.Empty, "A", "C")
        from mode in Gen.Elements(Modes)
        from max in Gen.Elements(Maxima)
        from cls in Gen.Elements(Classes)
        select new GeneratedOffence($"{letter}{number.ToString(CultureInfo.InvariantCulture)}00{number % 10}{inchoate}".PadRight(7, '0'), mode, max, cls);

    private static Gen<Charge> Charge(GeneratedOffence[] catalogue) =>
        from pick in Gen.Choose(0, catalogue.Length + 1)
        from removed in Gen.Elements(false, false, false, true)
        from unknownMode in Gen.Elements<ModeOfTrial?>(null, ModeOfTrial.EitherWay, ModeOfTrial.IndictableOnly)
        select pick < catalogue.Length
            ? new Charge(catalogue[pick].Code) { RemovedBeforeFinalisation = removed }
            : new Charge("ZZ" + pick.ToString("D5", CultureInfo.InvariantCulture)) { ModeOfTrial = unknownMode ?? (pick % 2 == 0 ? ModeOfTrial.Summary : null), HomeOfficeClass = pick % 3 == 0 ? "034/01" : null, RemovedBeforeFinalisation = removed };

    private static Charge[] Sequence(Charge[] charges) => [.. charges.Select((c, i) => c with { Sequence = i + 1 })];

    private static RuleSet Build(GeneratedOffence[] offences, RankingKey[] ordering)
    {
        var catalogue = new StringBuilder("offences:\n");
        foreach (var o in offences)
        {
            catalogue.Append(CultureInfo.InvariantCulture, $"  - {{code: {o.Code}, title: \"Offence {o.Code}\", mode: {o.Mode}");
            if (o.HomeOfficeClass is not null)
            {
                catalogue.Append(CultureInfo.InvariantCulture, $", ho-class: \"{o.HomeOfficeClass}\"");
            }

            if (o.Max is not null)
            {
                catalogue.Append(", max: ").Append(o.Max);
            }

            catalogue.Append("}\n");
        }

        var order = "ordering: [" + string.Join(", ", ordering.Select(PocNames.Of)) + "]\nderive-inchoate-maximum: true\n";
        return Support.Yaml.Default().With("offences/all.yaml", catalogue.ToString()).With("ordering.yaml", order).Load();
    }
}
