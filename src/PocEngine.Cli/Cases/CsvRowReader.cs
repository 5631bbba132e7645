using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace PocEngine.Cli.Cases;

// One CSV row as the file gave it: the line it starts on, how many lines it spans, its fields, and, for a row that
// breaks RFC 4180, the reason (the fields are then not to be used).
internal readonly record struct CsvRow(long Line, long Lines, string[] Fields, string? Error);

// Reads RFC 4180 rows (quoted fields, doubled quotes, commas and line breaks inside quotes; LF, CR LF or CR line ends)
// strictly: a quote inside an unquoted field, text after a closing quote, a quote left open at the end of the file
// and a row longer than the limit are located errors, never guessed at. Bytes that are not UTF-8 decode to U+FFFD, so
// the case reader can report the field that holds them.
internal sealed class CsvRowReader(TextReader reader, int maxRowChars)
{
    private readonly List<string> fields = [];
    private readonly StringBuilder field = new();
    private long line = 1;

    public bool TryRead(out CsvRow row)
    {
        fields.Clear();
        field.Clear();
        var start = line;
        var length = 0;
        string? error = null;
        var quoted = false;      // the current field opened with a quote
        var inQuotes = false;    // inside that quote
        var any = false;
        int read;
        while ((read = reader.Read()) >= 0)
        {
            var c = (char)read;
            any = true;
            if (++length > maxRowChars && error is null)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"The row is longer than {maxRowChars:N0} characters; a case row holds a few short fields.");
            }

            // A line ends at LF, CR LF or a CR alone, inside a quoted field too, so that line numbers count them all.
            if (c == '\n' || (c == '\r' && reader.Peek() != '\n'))
            {
                line++;
            }

            if (inQuotes)
            {
                if (c != '"')
                {
                    Append(c, error);
                }
                else if (reader.Peek() == '"')
                {
                    reader.Read();
                    Append('"', error);
                }
                else
                {
                    inQuotes = false;
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !quoted:
                    quoted = inQuotes = true;
                    break;
                case '"':
                    error ??= Located("a quote inside a field that is not quoted as a whole; quote the whole field and double each quote inside it");
                    break;
                case ',':
                    EndField();
                    quoted = false;
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\n':
                case '\r':
                    EndField();
                    row = new CsvRow(start, line - start, fields.ToArray(), error);
                    return true;
                default:
                    if (quoted)
                    {
                        error ??= Located("text after the closing quote of a quoted field");
                    }

                    Append(c, error);
                    break;
            }
        }

        if (!any)
        {
            row = default;
            return false;
        }

        if (inQuotes)
        {
            error ??= string.Create(CultureInfo.InvariantCulture, $"A quoted field in column {fields.Count + 1} is not closed before the end of the file, so every line after it was read into that field; close the quote.");
        }

        EndField();
        row = new CsvRow(start, line - start + 1, fields.ToArray(), error);
        return true;
    }

    private string Located(string problem) =>
        string.Create(CultureInfo.InvariantCulture, $"Column {fields.Count + 1} has {problem}.");

    private void Append(char c, string? error)
    {
        if (error is null)
        {
            field.Append(c);
        }
    }

    private void EndField()
    {
        fields.Add(field.ToString());
        field.Clear();
    }
}
