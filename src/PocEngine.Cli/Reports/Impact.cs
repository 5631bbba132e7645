using System;
using System.Collections.Generic;
using System.Threading;
using PocEngine.Cli.Cases;

namespace PocEngine.Cli.Reports;

// What a rule change does to real cases: each case calculated with both versions.
internal sealed record CaseImpact(string? Id, PrincipalOffenceResult From, PrincipalOffenceResult To);

internal sealed class Impact
{
    private readonly CaseCounts counts;

    private Impact(CaseCounts counts) => this.counts = counts;

    // Cases calculated with both versions, and those that could not be read or calculated, as the case runner counted.
    public long Cases => counts.Results;

    public long Errors => counts.Errors;

    public long CategoryChanged { get; private set; }

    public long PrincipalChanged { get; private set; }

    public SortedDictionary<(string From, string To), long> Matrix { get; } = new(Comparer<(string, string)>.Create((x, y) =>
    {
        var byFrom = string.CompareOrdinal(x.Item1, y.Item1);
        return byFrom != 0 ? byFrom : string.CompareOrdinal(x.Item2, y.Item2);
    }));

    public List<CaseImpact> Changed { get; } = [];

    public static string Label(PrincipalOffenceResult result) => result.Outcome == PocOutcome.Determined ? result.Category!.Id : PocNames.Of(result.Outcome);

    // Each case of the source calculated with both versions through the case runner, counted in input order.
    public static Impact Measure(CaseSource source, IPocCalculator from, IPocCalculator to, Action<long, string> onError, CancellationToken cancel = default)
    {
        var impact = new Impact(source.Counts);
        CaseRunner.Run(source, () => new Work(impact, from, to), reportFields: false, onError, cancel: cancel);
        return impact;
    }

    private void Add(CaseImpact both)
    {
        var key = (Label(both.From), Label(both.To));
        Matrix[key] = Matrix.GetValueOrDefault(key) + 1;
        var categoryChanged = key.Item1 != key.Item2;
        var principalChanged = !Equals(both.From.PrincipalCharge, both.To.PrincipalCharge);
        CategoryChanged += categoryChanged ? 1 : 0;
        PrincipalChanged += principalChanged ? 1 : 0;
        if (categoryChanged || principalChanged)
        {
            Changed.Add(both);
        }
    }

    // A batch's cases calculated with both versions on the pool thread, counted in input order.
    private sealed class Work(Impact impact, IPocCalculator from, IPocCalculator to) : ICaseWork
    {
        private readonly List<CaseImpact> calculated = [];

        public void Add(CaseRecord record)
        {
            var defendantCase = record.Case!;
            var a = from.Explain(defendantCase);
            var b = to.Explain(defendantCase);
            calculated.Add(new CaseImpact(defendantCase.Id, a, b));
        }

        public bool Commit()
        {
            foreach (var both in calculated)
            {
                impact.Add(both);
            }

            calculated.Clear();
            return true;
        }

        public void Dispose()
        {
        }
    }
}
