using System;
using System.Collections.Generic;
using System.Linq;
using PocEngine.Cli.Cases;

namespace PocEngine.Cli.Reports;

// The check an inspector or data quality team runs: the category CMS recorded against the one the rules give.
internal sealed record AuditMismatch(string? Id, string? Area, string Recorded, string Calculated, PrincipalOffenceResult Result);

internal sealed class Audit
{
    public const string UnknownArea = "(no area)";

    public long Cases { get; private set; }

    public long Unreadable { get; private set; }

    public long NotRecorded { get; private set; }

    public long Mismatches => MismatchList.Count;

    public double ErrorRate => Cases == 0 ? 0 : (double)Mismatches / Cases;

    public List<AuditMismatch> MismatchList { get; } = [];

    public SortedDictionary<string, (long Cases, long Wrong)> ByArea { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, (long Cases, long Wrong)> ByCategory { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Recorded, string Calculated), long> Matrix { get; } = [];

    public IReadOnlyList<string> Labels { get; private set; } = [];

    public static Audit Run(IEnumerable<CaseRecord> cases, PocCalculator calculator, RuleSetVersion version, Action<CaseRecord> onError)
    {
        var audit = new Audit();
        foreach (var record in cases)
        {
            if (record.Case is null)
            {
                audit.Unreadable++;
                onError(record);
                continue;
            }

            if (string.IsNullOrWhiteSpace(record.RecordedCategory))
            {
                audit.NotRecorded++;
                continue;
            }

            PrincipalOffenceResult result;
            try
            {
                result = calculator.Explain(record.Case);
            }
            catch (RuleSetVersionNotFoundException ex)
            {
                audit.Unreadable++;
                onError(record with { Error = ex.Message });
                continue;
            }

            var calculated = Impact.Label(result);
            var recorded = record.RecordedCategory.Trim();
            var wrong = !string.Equals(recorded, calculated, StringComparison.Ordinal);
            audit.Cases++;
            Add(audit.ByArea, record.Area ?? UnknownArea, wrong);
            Add(audit.ByCategory, calculated, wrong);
            audit.Matrix[(recorded, calculated)] = audit.Matrix.GetValueOrDefault((recorded, calculated)) + 1;
            if (wrong)
            {
                audit.MismatchList.Add(new AuditMismatch(record.Case.Id, record.Area, recorded, calculated, result));
            }
        }

        // Rows and columns in the rule set's own order: categories by precedence, then the outcomes, then anything
        // else that was recorded (a typo in CMS shows as its own row).
        var known = version.Categories.Select(c => c.Id).Concat(["admin-finalised", "undetermined"]).ToList();
        var seen = audit.Matrix.Keys.SelectMany(k => new[] { k.Recorded, k.Calculated }).ToHashSet(StringComparer.Ordinal);
        audit.Labels = [.. known.Where(seen.Contains), .. seen.Where(s => !known.Contains(s)).Order(StringComparer.Ordinal)];
        return audit;
    }

    private static void Add(SortedDictionary<string, (long Cases, long Wrong)> table, string key, bool wrong)
    {
        var (cases, errors) = table.GetValueOrDefault(key);
        table[key] = (cases + 1, errors + (wrong ? 1 : 0));
    }
}
