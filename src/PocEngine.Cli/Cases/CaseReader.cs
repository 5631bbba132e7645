using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PocEngine.Cli.Import;

namespace PocEngine.Cli.Cases;

// Streams cases from JSON Lines (one case a line) or CSV (one charge a row, consecutive rows with the same id form a
// case). Every input line ends as exactly one case or one error; blank lines are counted apart. Nothing is held but
// the case being read, so a million cases run in constant memory.
internal static class CaseReader
{
    private static readonly string[] RequiredColumns = ["id", "finalisedOn", "finalisation", "code"];

    public const string CsvHeader = "id,finalisedOn,finalisation,seq,code,removedBeforeFinalisation,modeOfTrial,homeOfficeClass,area,recordedCategory";

    public static IEnumerable<CaseRecord> Read(Stream stream, bool csv, CaseCounts counts) =>
        csv ? ReadCsv(new StreamReader(stream, Encoding.UTF8), counts) : ReadJsonLines(stream, counts);

    private static IEnumerable<CaseRecord> ReadJsonLines(Stream stream, CaseCounts counts)
    {
        var reader = new Utf8LineReader(stream);
        long number = 0;
        while (reader.TryReadLine(out var line))
        {
            number++;
            counts.Lines++;
            if (IsBlank(line.Span))
            {
                counts.Blank++;
                continue;
            }

            yield return CaseLine.TryParse(line.Span, out var defendantCase, out var error, out var area, out var recorded)
                ? new CaseRecord(number, defendantCase, null, area, recorded)
                : new CaseRecord(number, null, error, null, null);
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<CaseRecord> ReadCsv(TextReader reader, CaseCounts counts)
    {
        string[]? header = null;
        List<(long Line, string[] Fields)> pending = [];
        long number = 0;
        foreach (var fields in Csv.ReadRows(reader))
        {
            number++;
            counts.Lines++;
            if (header is null)
            {
                header = fields;
                counts.Blank++;
                var missing = RequiredColumns.Where(h => !header.Contains(h, StringComparer.Ordinal)).ToArray();
                if (missing.Length > 0)
                {
                    yield return new CaseRecord(number, null, $"The CSV header lacks {string.Join(", ", missing)}; the columns are {CsvHeader}.", null, null);
                    yield break;
                }

                continue;
            }

            if (fields.Length == 1 && fields[0].Length == 0)
            {
                counts.Blank++;
                continue;
            }

            var id = Field(header, fields, "id");
            if (pending.Count > 0 && Field(header, pending[0].Fields, "id") != id)
            {
                foreach (var record in Complete(header, pending))
                {
                    yield return record;
                }

                pending = [];
            }

            pending.Add((number, fields));
        }

        if (header is not null && pending.Count > 0)
        {
            foreach (var record in Complete(header, pending))
            {
                yield return record;
            }
        }
    }

    // A CSV case spans several rows; it yields one record for the case and one "continued" marker for each further
    // row, so that every input row is accounted for.
    private static IEnumerable<CaseRecord> Complete(string[] header, List<(long Line, string[] Fields)> rows)
    {
        var first = rows[0];
        var json = new Dictionary<string, object?>
        {
            ["id"] = Field(header, first.Fields, "id"),
            ["finalisedOn"] = Field(header, first.Fields, "finalisedOn"),
            ["finalisation"] = Field(header, first.Fields, "finalisation"),
        };
        var charges = new List<Dictionary<string, object?>>();
        foreach (var (_, fields) in rows)
        {
            var charge = new Dictionary<string, object?> { ["code"] = Field(header, fields, "code") };
            if (Field(header, fields, "seq") is { Length: > 0 } seq)
            {
                charge["seq"] = int.TryParse(seq, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : seq;
            }

            if (Field(header, fields, "removedBeforeFinalisation") is { Length: > 0 } removed)
            {
                charge["removedBeforeFinalisation"] = removed switch { "true" => true, "false" => false, _ => removed };
            }

            if (Field(header, fields, "modeOfTrial") is { Length: > 0 } mode)
            {
                charge["modeOfTrial"] = mode;
            }

            if (Field(header, fields, "homeOfficeClass") is { Length: > 0 } cls)
            {
                charge["homeOfficeClass"] = cls;
            }

            charges.Add(charge);
        }

        json["charges"] = charges;
        var ok = CaseLine.TryParse(JsonSerializer.Serialize(json), out var defendantCase, out var error);
        var area = Field(header, first.Fields, "area") is { Length: > 0 } a ? a : null;
        var recorded = Field(header, first.Fields, "recordedCategory") is { Length: > 0 } r ? r : null;
        yield return new CaseRecord(first.Line, ok ? defendantCase : null, ok ? null : error, area, recorded);
        for (var i = 1; i < rows.Count; i++)
        {
            yield return new CaseRecord(rows[i].Line, null, null, null, null) { IsContinuation = true };
        }
    }

    private static string? Field(string[] header, string[] fields, string name)
    {
        var index = Array.IndexOf(header, name);
        return index >= 0 && index < fields.Length ? fields[index] : null;
    }
}

internal sealed class CaseCounts
{
    public long Lines { get; set; }

    public long Blank { get; set; }
}
