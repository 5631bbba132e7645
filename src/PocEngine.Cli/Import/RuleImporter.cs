using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PocEngine.Authoring;

namespace PocEngine.Cli.Import;

// Writes the facts of the standing data into the files the import owns (offences/*.yaml, one offence a line sorted
// by code, and home-office-classes.yaml), and reports what changed against the files it wrote before. It never
// touches the files that maintainers own: ruleset.yaml, categories.yaml, ordering.yaml, category-rules.yaml and
// offence-overrides.yaml, where hand-set categories, corrected titles and other per-code corrections live.
internal static partial class RuleImporter
{
    public const string OffencesFolder = "offences";
    public const string HomeOfficeFileName = "home-office-classes.yaml";


    public static ImportReport Import(StandingData data, string rulesDirectory)
    {
        var before = ReadExistingLines(Path.Combine(rulesDirectory, OffencesFolder));
        var after = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var offence in data.Offences)
        {
            after[offence.Code] = Line(offence);
        }

        // The library writes the catalogue, its manifest and the Home Office table, and swaps them in as one.
        RuleFileWriter.WriteCatalogue(rulesDirectory, data.Offences.Select(ToCatalogue), data.HomeOfficeClasses.Select(ToCatalogue));

        var added = after.Keys.Where(k => !before.ContainsKey(k)).ToList();
        var removed = before.Keys.Where(k => !after.ContainsKey(k)).OrderBy(k => k, StringComparer.Ordinal).ToList();
        var changed = after.Where(a => before.TryGetValue(a.Key, out var old) && old != Unquoted(a.Key, a.Value)).Select(a => a.Key).ToList();
        return new ImportReport(data.Offences.Count, data.HomeOfficeClasses.Count, added, removed, changed);
    }

    public static string ClassLine(ImportedHomeOfficeClass cls) => RuleFileWriter.HomeOfficeClassLine(ToCatalogue(cls));

    public static string Unquoted(string code, string line) => line.Replace("{code: \"" + code + "\",", "{code: " + code + ",", StringComparison.Ordinal);

    public static string Line(ImportedOffence offence) => RuleFileWriter.OffenceLine(ToCatalogue(offence));

    private static CatalogueOffence ToCatalogue(ImportedOffence offence) =>
        new(offence.Code, offence.Title, offence.CjsCategory, offence.HomeOfficeClass, offence.Maximum);

    private static CatalogueHomeOfficeClass ToCatalogue(ImportedHomeOfficeClass cls) => new(cls.Class, cls.Group, cls.Title);

    public static Dictionary<string, string> ReadExistingLines(string directory)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(directory))
        {
            return result;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*.yaml"))
        {
            foreach (var (code, line) in OffenceLines(File.ReadLines(file)))
            {
                result[code] = line;
            }
        }

        return result;
    }

    // The offence lines the import writes, keyed by code and compared without the quotes some codes need, so that
    // only facts count as changes.
    public static IEnumerable<(string Code, string Line)> OffenceLines(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var match = CodePattern().Match(line);
            if (match.Success)
            {
                yield return (match.Groups[1].Value, Unquoted(match.Groups[1].Value, line));
            }
        }
    }

    [GeneratedRegex("^  - \\{code: \"?([A-Za-z0-9]+)\"?,", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}

internal sealed record ImportReport(int Offences, int HomeOfficeClasses, IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Changed);
