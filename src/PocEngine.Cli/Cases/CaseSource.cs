using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace PocEngine.Cli.Cases;

// A case file read one case at a time, in file order. JSON Lines hand back each line's bytes for the caller to parse
// (CaseItem.Read), lent until the next read: a caller that parses later, on another thread, copies them first
// (CaseBatch does); CSV hands back cases already read from their rows. What is not a case (blank lines,
// the header, further rows of a case) is only counted, so every line or row ends as exactly one result, one error or
// one count. Nothing is held but the case being read, so a million cases run in constant memory.
internal abstract class CaseSource
{
    // A line or row longer than this is reported, not held: far more than a case with thousands of charges needs.
    public const int MaxLineBytes = 64 * 1024 * 1024;

    // A case with more charges than this is an error on its line, read no further than the limit, so that a line of a
    // million charges costs no more memory than the limit does (a real case has a few; CMS's largest, some hundreds).
    public const int MaxCharges = 10_000;

    public static string TooManyCharges() =>
        string.Create(CultureInfo.InvariantCulture, $"The case has more than {MaxCharges:N0} charges, so it was not calculated; poc reads at most {MaxCharges:N0} charges a case.");

    public CaseCounts Counts { get; } = new();

    public abstract bool IsCsv { get; }

    public abstract bool TryRead(out CaseItem item);

    // warning: (line, message) for what is read but not used, such as an unknown CSV column.
    public static CaseSource Open(Stream stream, bool csv, Action<long, string> warning) =>
        csv ? new CsvCaseSource(new StreamReader(stream, new UTF8Encoding(false, false), true, 1 << 16), warning) : new JsonLinesSource(stream);

    // One case given whole (explain --case): its text is line 1, whatever line breaks it holds.
    public static CaseSource OfOne(ReadOnlyMemory<byte> json) => new OneCase(json);

    private sealed class OneCase(ReadOnlyMemory<byte> json) : CaseSource
    {
        private bool read;

        public override bool IsCsv => false;

        public override bool TryRead(out CaseItem item)
        {
            if (read)
            {
                item = default;
                return false;
            }

            read = true;
            Counts.Lines++;
            item = json.Span.Trim(" \t\r\n"u8).IsEmpty
                ? new CaseItem(1, default, CaseRecord.Failed(1, "The case is empty; give one case as a JSON object."))
                : new CaseItem(1, json, null);
            return true;
        }
    }

    private sealed class JsonLinesSource(Stream stream) : CaseSource
    {
        private readonly Utf8LineReader reader = new(stream, MaxLineBytes);

        public override bool IsCsv => false;

        public override bool TryRead(out CaseItem item)
        {
            while (reader.TryReadLine(out var line, out var tooLong))
            {
                var number = ++Counts.Lines;
                if (tooLong)
                {
                    item = new CaseItem(number, default, CaseRecord.Failed(number, CaseLine.TooLong(MaxLineBytes)));
                    return true;
                }

                if (IsBlank(line.Span))
                {
                    Counts.Blank++;
                    continue;
                }

                item = new CaseItem(number, line, null);
                return true;
            }

            item = default;
            return false;
        }

        private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;
    }
}

// One case of a file: the bytes of a JSON line still to parse (lent by the source until its next read), or a case (or
// error) a CSV source already read.
// A JSON line is never empty (a blank line is counted, not handed back), so an item with neither is a fault.
internal readonly record struct CaseItem(long Line, ReadOnlyMemory<byte> Json, CaseRecord? Record)
{
    public CaseRecord Read() => Read(Line, Json.Span, Record, reportFields: true);

    // The case of a line's bytes or of a record already read, wherever the bytes are kept by then.
    public static CaseRecord Read(long line, ReadOnlySpan<byte> json, CaseRecord? record, bool reportFields) =>
        record ?? (json.IsEmpty ? throw new InvalidOperationException("A case item holds neither a line to parse nor a case.") : CaseLine.Read(line, json, reportFields));
}
