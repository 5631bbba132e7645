using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
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

// The check an inspector or data quality team runs: the category CMS recorded against the one the rules give. Recorded
// is the row it is counted under (a category or outcome of the rule set, or Audit.NotACategory); AsRecorded is what CMS
// holds.
internal sealed record AuditMismatch(string? Id, string Area, string Month, string Recorded, string AsRecorded, string Calculated, MismatchCause Cause, PrincipalOffenceResult Result);

internal sealed class Audit
{
    public const string UnknownArea = "(no area)";

    // The one row and column for every recorded value that is not a category or outcome of the rule set: however many
    // made-up values a file holds, the matrix stays categories by categories. Not an identifier, so no category has it.
    public const string NotACategory = "(not a category)";

    // How many of the values counted as NotACategory a report names as examples.
    public const int Examples = 3;

    public static readonly MismatchCause[] Causes = [MismatchCause.NotUpdatedAtFinalisation, MismatchCause.LesserChargePicked, MismatchCause.EntryError];

    private readonly RuleSetVersion version;
    private readonly CaseCounts counts;
    private readonly HashSet<string> known;
    private readonly HashSet<string> notCategories = new(StringComparer.Ordinal);

    private Audit(RuleSetVersion version, CaseCounts counts)
    {
        this.version = version;
        this.counts = counts;
        known = [.. version.Categories.Select(c => c.Id), PocNames.Of(PocOutcome.AdminFinalised), PocNames.Of(PocOutcome.Undetermined)];
    }

    // Cases with a recorded category, compared: the cases read less those without one.
    public long Cases => counts.Results - NotRecorded;

    // Cases that could not be read or calculated, as the case runner counted them.
    public long Unreadable => counts.Errors;

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

    // The distinct recorded values counted as NotACategory, and the first few of them in ordinal order.
    public int NotACategoryDistinct => notCategories.Count;

    public IReadOnlyList<string> NotACategoryExamples => [.. notCategories.Order(StringComparer.Ordinal).Take(Examples)];

    // Audits every case of the source through the case runner: each case with a recorded category is explained and
    // judged on a pool thread, and added to the tables in input order.
    public static Audit Run(CaseSource source, IPocCalculator calculator, RuleSetVersion version, Action<long, string> onError, CancellationToken cancel = default)
    {
        var audit = new Audit(version, source.Counts);
        CaseRunner.Run(source, () => new Work(audit, calculator), reportFields: true, onError, cancel: cancel);

        // Rows and columns in the rule set's own order: categories by precedence, then the outcomes, then one row for
        // whatever else was recorded (typos and made-up values in CMS), whose values the reports count and sample.
        var order = version.Categories.Select(c => c.Id).Concat([PocNames.Of(PocOutcome.AdminFinalised), PocNames.Of(PocOutcome.Undetermined), NotACategory]);
        var seen = audit.Matrix.Keys.SelectMany(k => new[] { k.Recorded, k.Calculated }).ToHashSet(StringComparer.Ordinal);
        audit.Labels = [.. order.Where(seen.Contains)];
        return audit;
    }

    // A label as a reader knows it: the category's name, the outcome in words, or what CMS recorded when it is neither.
    public string Name(string label) =>
        version.TryGetCategory(label, out var category) ? category.Name
        : label == PocNames.Of(PocOutcome.AdminFinalised) ? "Administratively finalised"
        : label == PocNames.Of(PocOutcome.Undetermined) ? "Undetermined"
        : label == NotACategory ? "Not a category of this rule set"
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

    // One case judged: everything that can fail is worked out here, on the pool thread, before anything is counted.
    private static Judged? Judge(Audit audit, CaseRecord record, IPocCalculator calculator)
    {
        if (string.IsNullOrWhiteSpace(record.RecordedCategory))
        {
            return null;
        }

        var defendantCase = record.Case!;
        var result = calculator.Explain(defendantCase);
        var calculated = Impact.Label(result);
        var asRecorded = record.RecordedCategory.Trim();
        var area = string.IsNullOrWhiteSpace(record.Area) ? UnknownArea : record.Area.Trim();
        var month = defendantCase.FinalisedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var recorded = audit.known.Contains(asRecorded) ? asRecorded : NotACategory;
        var mismatch = string.Equals(asRecorded, calculated, StringComparison.Ordinal) ? null
            : new AuditMismatch(defendantCase.Id, area, month, recorded, asRecorded, calculated, CauseOf(asRecorded, result), result);
        return new Judged(area, month, recorded, asRecorded, calculated, mismatch);
    }

    // Adds a judged case to the tables (null: a case without a recorded category).
    private void Add(Judged? judged)
    {
        if (judged is not { } audited)
        {
            NotRecorded++;
            return;
        }

        var wrong = audited.Mismatch is not null;
        if (audited.Recorded == NotACategory)
        {
            notCategories.Add(audited.AsRecorded);
        }

        Add(ByArea, audited.Area, wrong);
        Add(ByRecorded, audited.Recorded, wrong);
        Add(ByCalculated, audited.Calculated, wrong);
        Add(ByMonth, audited.Month, wrong);
        Matrix[(audited.Recorded, audited.Calculated)] = Matrix.GetValueOrDefault((audited.Recorded, audited.Calculated)) + 1;
        if (audited.Mismatch is { } mismatch)
        {
            MismatchList.Add(mismatch);
            if (!CausesByArea.TryGetValue(audited.Area, out var byCause))
            {
                CausesByArea[audited.Area] = byCause = new long[Causes.Length];
            }

            byCause[(int)mismatch.Cause]++;
        }
    }

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

    // A case with a recorded category, judged: where it is counted, and the mismatch when the categories differ.
    private sealed record Judged(string Area, string Month, string Recorded, string AsRecorded, string Calculated, AuditMismatch? Mismatch);

    // A batch's cases judged on the pool thread, added to the audit in input order.
    private sealed class Work(Audit audit, IPocCalculator calculator) : ICaseWork
    {
        private readonly List<Judged?> judged = [];

        public void Add(CaseRecord record) => judged.Add(Judge(audit, record, calculator));

        public bool Commit()
        {
            foreach (var one in judged)
            {
                audit.Add(one);
            }

            judged.Clear();
            return true;
        }

        public void Dispose()
        {
        }
    }
}

internal readonly record struct Rate(long Cases, long Wrong)
{
    public double ErrorRate => Cases == 0 ? 0 : (double)Wrong / Cases;
}
