using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace PocEngine.Cli.Cases;

// Cases from CSV: a header row naming the columns, then one charge a row; consecutive rows with the same id form one
// case, whose case columns (finalisedOn, finalisation, area, recordedCategory) every row repeats. A case is one result
// or one error, located at the row and column at fault; its further rows are counted as such. A header that cannot be
// used is one error, and the rows after it are counted as not read.
internal sealed class CsvCaseSource : CaseSource
{
    public const string Header = "id,finalisedOn,finalisation,seq,code,removedBeforeFinalisation,modeOfTrial,homeOfficeClass,area,recordedCategory";

    private static readonly string[] Columns = Header.Split(',');
    private static readonly string[] Required = ["id", "finalisedOn", "finalisation", "code"];
    private static readonly string[] CaseColumns = ["finalisedOn", "finalisation", "area", "recordedCategory"];

    private readonly CsvRowReader reader;
    private readonly Action<long, string> warning;
    private readonly List<CsvRow> pending = [];
    private Dictionary<string, int>? header;
    private bool headerFailed;
    private CsvRow? next;
    private long? tooManyAt;
    private long beyondLimit;

    public CsvCaseSource(TextReader text, Action<long, string> warning)
    {
        reader = new CsvRowReader(text, MaxLineBytes);
        this.warning = warning;
    }

    public override bool IsCsv => true;

    public override bool TryRead(out CaseItem item)
    {
        while (true)
        {
            CsvRow row;
            if (next is { } held)
            {
                row = held;
                next = null;
            }
            else if (!reader.TryRead(out row))
            {
                return Flush(out item);
            }
            else
            {
                Counts.Lines++;
            }

            if (header is null && !headerFailed)
            {
                if (ReadHeader(row) is { } problem)
                {
                    headerFailed = true;
                    item = new CaseItem(row.Line, default, CaseRecord.Failed(row.Line, problem));
                    return true;
                }

                Counts.Header++;
                continue;
            }

            if (headerFailed)
            {
                Counts.Unread++;
                continue;
            }

            if (row.Error is null && row.Fields is [""])
            {
                Counts.Blank++;
                continue;
            }

            if (pending.Count > 0 && Id(row) != Id(pending[0]))
            {
                next = row;
                return Flush(out item);
            }

            if (pending.Count < MaxCharges)
            {
                pending.Add(row);
            }
            else
            {
                // Past the limit the rows of the case are counted, not kept: the case is an error at the first of them.
                tooManyAt ??= row.Line;
                beyondLimit++;
            }
        }
    }

    private bool Flush(out CaseItem item)
    {
        if (pending.Count == 0)
        {
            item = default;
            return false;
        }

        Counts.Continuation += pending.Count - 1 + beyondLimit;
        var line = pending[0].Line;
        item = new CaseItem(line, default, tooManyAt is { } at ? CaseRecord.Failed(at, TooManyCharges()) : ReadCase());
        pending.Clear();
        tooManyAt = null;
        beyondLimit = 0;
        return true;
    }

    private string? ReadHeader(CsvRow row)
    {
        if (row.Error is not null)
        {
            return "The header row cannot be read: " + row.Error;
        }

        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < row.Fields.Length; i++)
        {
            var name = row.Fields[i].Trim();
            if (!names.TryAdd(name, i))
            {
                return $"The header names the column '{name}' twice; each column is named once. The columns are {Header}.";
            }
        }

        var missing = Required.Where(c => !names.ContainsKey(c)).ToArray();
        if (missing.Length > 0)
        {
            return $"The header lacks the column(s) {string.Join(", ", missing)}; the columns are {Header} (id, finalisedOn, finalisation and code are required).";
        }

        foreach (var name in names.Keys.Where(n => !Columns.Contains(n, StringComparer.Ordinal)))
        {
            warning(row.Line, $"The column '{name}' is not one poc reads, so its values are ignored; the columns are {Header}.");
        }

        header = names;
        return null;
    }

    private string Id(CsvRow row) => Field(row, "id") ?? string.Empty;

    private string? Field(CsvRow row, string column) =>
        header!.TryGetValue(column, out var index) && index < row.Fields.Length ? row.Fields[index] : null;

    private CaseRecord ReadCase()
    {
        var first = pending[0];
        foreach (var row in pending)
        {
            if (CheckRow(row) is { } problem)
            {
                return CaseRecord.Failed(row.Line, problem);
            }
        }

        if (Id(first).Length == 0)
        {
            return CaseRecord.Failed(first.Line, "Column 'id' is empty; rows are grouped into cases by id, so every row needs its case's id.");
        }

        foreach (var row in pending.Skip(1))
        {
            foreach (var column in CaseColumns)
            {
                if (Field(row, column) is { } value && value != Field(first, column))
                {
                    return CaseRecord.Failed(row.Line, string.Create(CultureInfo.InvariantCulture, $"Column '{column}' is '{value}' here but '{Field(first, column)}' on line {first.Line}, the first row of case '{Id(first)}'; every row of a case repeats the case's columns."));
                }
            }
        }

        if (!CaseLine.TryReadDate(Field(first, "finalisedOn"), out var date))
        {
            return CaseRecord.Failed(first.Line, $"Column 'finalisedOn' is '{Field(first, "finalisedOn")}'; write the date as yyyy-MM-dd.");
        }

        if (CaseLine.Finalisation(Field(first, "finalisation")) is not { } finalisation)
        {
            return CaseRecord.Failed(first.Line, $"Column 'finalisation' is '{Field(first, "finalisation")}'; allowed values are {CaseLine.FinalisationWords}.");
        }

        var charges = new List<Charge>(pending.Count);
        foreach (var row in pending)
        {
            if (ReadCharge(row, out var problem) is { } charge)
            {
                charges.Add(charge);
            }
            else
            {
                return CaseRecord.Failed(row.Line, problem!);
            }
        }

        return new CaseRecord(first.Line, new DefendantCase(date, finalisation, charges) { Id = Id(first) }, null, Blank(Field(first, "area")), Blank(Field(first, "recordedCategory")));
    }

    private string? CheckRow(CsvRow row)
    {
        if (row.Error is not null)
        {
            return row.Error;
        }

        if (row.Fields.Length != header!.Count)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The row has {row.Fields.Length} field(s) but the header names {header.Count} column(s); give every column, empty where unknown.");
        }

        foreach (var (column, index) in header)
        {
            if (row.Fields[index].Contains('\uFFFD', StringComparison.Ordinal))
            {
                return $"Column '{column}' holds bytes that are not valid UTF-8 (or the replacement character U+FFFD); save the file as UTF-8.";
            }
        }

        return null;
    }

    private Charge? ReadCharge(CsvRow row, out string? problem)
    {
        problem = null;
        var code = Field(row, "code");
        if (string.IsNullOrWhiteSpace(code))
        {
            problem = "Column 'code' is empty; every charge needs its CJS offence code.";
            return null;
        }

        int? sequence = null;
        if (Blank(Field(row, "seq")) is { } seq)
        {
            if (!int.TryParse(seq, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                problem = $"Column 'seq' is '{seq}', which is not a whole number.";
                return null;
            }

            sequence = value;
        }

        var removed = false;
        if (Blank(Field(row, "removedBeforeFinalisation")) is { } flag)
        {
            if (flag is not ("true" or "false"))
            {
                problem = $"Column 'removedBeforeFinalisation' is '{flag}'; write true, false or leave it empty.";
                return null;
            }

            removed = flag == "true";
        }

        ModeOfTrial? mode = null;
        if (Blank(Field(row, "modeOfTrial")) is { } modeText)
        {
            if (!ModeOfTrialCodes.TryGetModeOfTrial(modeText, out var parsed))
            {
                problem = $"Column 'modeOfTrial' is '{modeText}'; allowed modes are CI, CE, CS and CM.";
                return null;
            }

            mode = parsed;
        }

        try
        {
            return new Charge(code) { Sequence = sequence, RemovedBeforeFinalisation = removed, ModeOfTrial = mode, HomeOfficeClass = Blank(Field(row, "homeOfficeClass")) };
        }
        catch (ArgumentException ex)
        {
            problem = "Column 'homeOfficeClass': " + CaseLine.Sentence(ex);
            return null;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
