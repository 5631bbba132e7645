using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace PocEngine.Cli.Import;

// The three Ministry of Justice sources the default rule set is built from, read as facts: no category is decided
// here. The Bichard standing data is authoritative for codes, titles, modes and classifications; the maximum
// periods of hmpps-manage-offences-api (every migration's update replayed, keyed by code) only add maxima, and a code
// they give that is not in the standing data is not added.
internal sealed class StandingData
{
    public const string OffenceFile = "bichard7-offence-code.json";
    public const string MaximumFile = "manage_offences_max_periods.csv";
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

    // max_is_life "true" is life whatever term is also given, "false" or blank is a term; a blank term means "not in the
    // source", not "no maximum". Anything else is refused rather than read as a term.
    private static string? Maximum(IReadOnlyDictionary<string, string> row)
    {
        switch (row["max_is_life"])
        {
            case "true":
                return "life";
            case "false" or "":
                break;
            default:
                throw new InvalidDataException($"{MaximumFile}: the code '{row["cjs_code"]}' has max_is_life '{row["max_is_life"]}'; it must be true, false or blank.");
        }

        var text = string.Empty;
        foreach (var (column, unit) in new[] { ("max_years", "y"), ("max_months", "m"), ("max_weeks", "w"), ("max_days", "d") })
        {
            var value = row[column];
            if (value.Length == 0)
            {
                continue;
            }

            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
            {
                throw new InvalidDataException($"{MaximumFile}: the code '{row["cjs_code"]}' has {column} '{value}', which is not a whole number.");
            }

            if (amount > 0)
            {
                text += amount.ToString(CultureInfo.InvariantCulture) + unit;
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
