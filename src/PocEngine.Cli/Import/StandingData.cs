using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace PocEngine.Cli.Import;

// The three Ministry of Justice sources the default rule set is built from, read as facts: no category is decided
// here. The Bichard standing data is authoritative for codes, titles, modes and classifications; the maximum
// penalty table only adds maxima.
internal sealed class StandingData
{
    public const string OffenceFile = "bichard7-offence-code.json";
    public const string MaximumFile = "cjs_offences_mode_and_max_penalty.csv";
    public const string HomeOfficeFile = "ho_offence_codes_moj_manage_offences.csv";

    public required IReadOnlyList<ImportedOffence> Offences { get; init; }

    public required IReadOnlyList<ImportedHomeOfficeClass> HomeOfficeClasses { get; init; }

    public static StandingData Read(string directory)
    {
        var maxima = ReadMaxima(Path.Combine(directory, MaximumFile));
        var offences = new List<ImportedOffence>();
        using (var stream = File.OpenRead(Path.Combine(directory, OffenceFile)))
        using (var document = JsonDocument.Parse(stream))
        {
            foreach (var item in document.RootElement.EnumerateArray())
            {
                var code = Required(item, "cjsCode");
                var ho = Required(item, "homeOfficeClassification");
                offences.Add(new ImportedOffence(
                    code,
                    Required(item, "offenceTitle").Trim(),
                    Required(item, "offenceCategory"),
                    ho == "000/00" ? null : ho, // "no classification" in the standing data, as the engine reads it too
                    maxima.GetValueOrDefault(code)));
            }
        }

        offences.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        var classes = new List<ImportedHomeOfficeClass>();
        foreach (var row in Csv.ReadRecords(Path.Combine(directory, HomeOfficeFile)))
        {
            var title = row["sub_category_description"];
            if (string.IsNullOrWhiteSpace(title))
            {
                title = row["category_description"];
            }

            classes.Add(new ImportedHomeOfficeClass(row["ho_code"], row["parent_group"], title.Trim()));
        }

        classes.Sort((a, b) => string.CompareOrdinal(a.Class, b.Class));
        return new StandingData { Offences = offences, HomeOfficeClasses = classes };
    }

    private static Dictionary<string, string> ReadMaxima(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Csv.ReadRecords(path))
        {
            var max = Maximum(row);
            if (max is not null)
            {
                result[row["cjs_code"]] = max;
            }
        }

        return result;
    }

    // max_is_life "Y" is life whatever term is also given; a blank row means "not in the source", not "no maximum".
    private static string? Maximum(IReadOnlyDictionary<string, string> row)
    {
        if (row["max_is_life"] == "Y")
        {
            return "life";
        }

        var text = string.Empty;
        foreach (var (column, unit) in new[] { ("max_years", "y"), ("max_months", "m"), ("max_weeks", "w"), ("max_days", "d") })
        {
            var value = row[column];
            if (!string.IsNullOrEmpty(value) && int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture) > 0)
            {
                text += int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + unit;
            }
        }

        return text.Length == 0 ? null : text;
    }

    private static string Required(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException($"An entry of {OffenceFile} has no string '{name}'.");
}

internal sealed record ImportedOffence(string Code, string Title, string CjsCategory, string? HomeOfficeClass, string? Maximum);

internal sealed record ImportedHomeOfficeClass(string Class, string Group, string Title);
