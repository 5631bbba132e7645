using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PocEngine.Cli.Cases;

namespace PocEngine.Cli.Reports;

// Why a recorded category is likely wrong, from the charges of the case: what a data quality lead trains against.
internal enum MismatchCause
{
    // The recorded category is that of a charge removed before finalisation (and of no live charge): the POC was not
    // updated when the case was finalised.
    NotUpdatedAtFinalisation,

    // The recorded category is that of a live charge other than the principal one: the wrong charge was picked.
    LesserChargePicked,

    // No charge of the case has the recorded category: an entry error.
    EntryError,
}

// The check an inspector or data quality team runs: the category CMS recorded against the one the rules give.
internal sealed record AuditMismatch(string? Id, string Area, string Month, string Recorded, string Calculated, MismatchCause Cause, PrincipalOffenceResult Result);

internal sealed class Audit
{
    public const string UnknownArea = "(no area)";

    public static readonly MismatchCause[] Causes = [MismatchCause.NotUpdatedAtFinalisation, MismatchCause.LesserChargePicked, MismatchCause.EntryError];

    private readonly RuleSetVersion version;

    private Audit(RuleSetVersion version) => this.version = version;

    public long Cases { get; private set; }

    public long Unreadable { get; private set; }

    public long NotRecorded { get; private set; }

    public long Mismatches => MismatchList.Count;

    public double ErrorRate => Cases == 0 ? 0 : (double)Mismatches / Cases;

    public List<AuditMismatch> MismatchList { get; } = [];

    public SortedDictionary<string, Rate> ByArea { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, Rate> ByRecorded { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, Rate> ByCalculated { get; } = new(StringComparer.Ordinal);

    // By month of finalisation (yyyy-MM): the trend the inspectors asked HQ data checks to find.
    public SortedDictionary<string, Rate> ByMonth { get; } = new(StringComparer.Ordinal);

    // For each area, the mismatches of each likely cause, in the order of Causes.
    public SortedDictionary<string, long[]> CausesByArea { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Recorded, string Calculated), long> Matrix { get; } = [];

    public IReadOnlyList<string> Labels { get; private set; } = [];

    public static Audit Run(IEnumerable<CaseRecord> cases, PocCalculator calculator, RuleSetVersion version, Action<CaseRecord> onError)
    {
        var audit = new Audit(version);
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
            var area = string.IsNullOrWhiteSpace(record.Area) ? UnknownArea : record.Area.Trim();
            var month = record.Case.FinalisedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var wrong = !string.Equals(recorded, calculated, StringComparison.Ordinal);
            audit.Cases++;
            Add(audit.ByArea, area, wrong);
            Add(audit.ByRecorded, recorded, wrong);
            Add(audit.ByCalculated, calculated, wrong);
            Add(audit.ByMonth, month, wrong);
            audit.Matrix[(recorded, calculated)] = audit.Matrix.GetValueOrDefault((recorded, calculated)) + 1;
            if (wrong)
            {
                var cause = CauseOf(recorded, result);
                audit.MismatchList.Add(new AuditMismatch(record.Case.Id, area, month, recorded, calculated, cause, result));
                if (!audit.CausesByArea.TryGetValue(area, out var counts))
                {
                    audit.CausesByArea[area] = counts = new long[Causes.Length];
                }

                counts[(int)cause]++;
            }
        }

        // Rows and columns in the rule set's own order: categories by precedence, then the outcomes, then anything
        // else that was recorded (a typo in CMS shows as its own row).
        var known = version.Categories.Select(c => c.Id).Concat([PocNames.Of(PocOutcome.AdminFinalised), PocNames.Of(PocOutcome.Undetermined)]).ToList();
        var seen = audit.Matrix.Keys.SelectMany(k => new[] { k.Recorded, k.Calculated }).ToHashSet(StringComparer.Ordinal);
        audit.Labels = [.. known.Where(seen.Contains), .. seen.Where(s => !known.Contains(s)).Order(StringComparer.Ordinal)];
        return audit;
    }

    // A label as a reader knows it: the category's name, the outcome in words, or what CMS recorded when it is neither.
    public string Name(string label) =>
        version.TryGetCategory(label, out var category) ? category.Name
        : label == PocNames.Of(PocOutcome.AdminFinalised) ? "Administratively finalised"
        : label == PocNames.Of(PocOutcome.Undetermined) ? "Undetermined"
        : label;

    public static string Describe(MismatchCause cause) => cause switch
    {
        MismatchCause.NotUpdatedAtFinalisation => "not updated at finalisation",
        MismatchCause.LesserChargePicked => "lesser charge picked",
        MismatchCause.EntryError => "entry error",
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, null),
    };

    public static string NameOf(MismatchCause cause) => cause switch
    {
        MismatchCause.NotUpdatedAtFinalisation => "not-updated-at-finalisation",
        MismatchCause.LesserChargePicked => "lesser-charge-picked",
        MismatchCause.EntryError => "entry-error",
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, null),
    };

    // The recorded category against the charges: a live charge with it means the wrong charge was picked; only a
    // removed charge with it means the POC was left as it was before finalisation; no charge with it, an entry error.
    private static MismatchCause CauseOf(string recorded, PrincipalOffenceResult result)
    {
        var charges = result.Explanation!.Charges;
        bool Has(ChargeStatus status) => charges.Any(c => c.Status == status && c.Offence?.Category?.Id == recorded);
        return Has(ChargeStatus.Counted) ? MismatchCause.LesserChargePicked
            : Has(ChargeStatus.RemovedBeforeFinalisation) ? MismatchCause.NotUpdatedAtFinalisation
            : MismatchCause.EntryError;
    }

    private static void Add(SortedDictionary<string, Rate> table, string key, bool wrong)
    {
        var rate = table.GetValueOrDefault(key);
        table[key] = new Rate(rate.Cases + 1, rate.Wrong + (wrong ? 1 : 0));
    }
}

internal readonly record struct Rate(long Cases, long Wrong)
{
    public double ErrorRate => Cases == 0 ? 0 : (double)Wrong / Cases;
}
