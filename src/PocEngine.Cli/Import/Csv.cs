using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using PocEngine.Cli.Cases;

namespace PocEngine.Cli.Import;

// The standing data's CSV files, read by the same strict RFC 4180 reader as case files (CsvRowReader); records come
// back keyed by header name, and a row that breaks the format is an error at its line.
internal static class Csv
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> ReadRecords(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var rows = new CsvRowReader(reader, int.MaxValue);
        string[]? header = null;
        while (rows.TryRead(out var row))
        {
            if (row.Error is not null)
            {
                throw new InvalidDataException($"'{path}', line {row.Line}: {row.Error}");
            }

            var fields = row.Fields;
            if (header is null)
            {
                header = fields;
                continue;
            }

            if (fields.Length == 1 && fields[0].Length == 0)
            {
                continue;
            }

            var record = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                record[header[i]] = i < fields.Length ? fields[i] : string.Empty;
            }

            yield return record;
        }
    }
}
