using System;
using System.Collections.Generic;
using PocEngine.Cli.Cases;

namespace PocEngine.Cli.Reports;

// What a rule change does to real cases: each case calculated with both versions.
internal sealed record CaseImpact(string? Id, PrincipalOffenceResult From, PrincipalOffenceResult To);

internal sealed class Impact
{
    public long Cases { get; private set; }

    public long Errors { get; private set; }

    public long CategoryChanged { get; private set; }

    public long PrincipalChanged { get; private set; }

    public SortedDictionary<(string From, string To), long> Matrix { get; } = new(Comparer<(string, string)>.Create((x, y) =>
    {
        var byFrom = string.CompareOrdinal(x.Item1, y.Item1);
        return byFrom != 0 ? byFrom : string.CompareOrdinal(x.Item2, y.Item2);
    }));

    public List<CaseImpact> Changed { get; } = [];

    public static string Label(PrincipalOffenceResult result) => result.Outcome == PocOutcome.Determined ? result.Category!.Id : PocNames.Of(result.Outcome);

    public static Impact Measure(IEnumerable<CaseRecord> cases, PocCalculator from, PocCalculator to, Action<CaseRecord> onError)
    {
        var impact = new Impact();
        foreach (var record in cases)
        {
            if (record.Case is null)
            {
                impact.Errors++;
                onError(record);
                continue;
            }

            PrincipalOffenceResult a, b;
            try
            {
                a = from.Explain(record.Case);
                b = to.Explain(record.Case);
            }
            catch (RuleSetVersionNotFoundException ex)
            {
                impact.Errors++;
                onError(record with { Error = ex.Message });
                continue;
            }

            impact.Cases++;
            var key = (Label(a), Label(b));
            impact.Matrix[key] = impact.Matrix.GetValueOrDefault(key) + 1;
            var categoryChanged = key.Item1 != key.Item2;
            var principalChanged = !Equals(a.PrincipalCharge, b.PrincipalCharge);
            impact.CategoryChanged += categoryChanged ? 1 : 0;
            impact.PrincipalChanged += principalChanged ? 1 : 0;
            if (categoryChanged || principalChanged)
            {
                impact.Changed.Add(new CaseImpact(record.Case.Id, a, b));
            }
        }

        return impact;
    }
}
