using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using PocEngine.Authoring;

namespace PocEngine.Cli.Import;

// Imports newer standing data into a rule set as a new version, so that the versions already published, and every
// result recorded under them, stay as they were: the new version's changes file lists only the offences added,
// changed or removed, and the Home Office classes added or changed, since the standing data of the newest version.
// That standing data is the base catalogue with each earlier version's changes applied, read in the import's own
// one-entry-a-line format.
internal static partial class VersionImporter
{
    // The standing data's changes since the newest version, and the changes file that records them (null when there
    // are none); NewVersion writes it.
    public static (VersionImportReport Report, string? ChangesText) Compare(StandingData data, string rulesDirectory, string label)
    {
        var header = Path.Combine(rulesDirectory, "ruleset.yaml");
        var headerText = File.ReadAllText(header);
        var changesFiles = ChangesPattern().Matches(headerText).Select(m => m.Groups[1].Value.Trim('"', '\'')).ToList();
        var offences = RuleImporter.ReadExistingLines(Path.Combine(rulesDirectory, RuleImporter.OffencesFolder));
        var classes = ReadClassLines(File.ReadLines(Path.Combine(rulesDirectory, RuleImporter.HomeOfficeFileName)));
        foreach (var changes in changesFiles)
        {
            var lines = File.ReadAllLines(Path.Combine(rulesDirectory, changes));
            foreach (var (code, line) in RuleImporter.OffenceLines(lines))
            {
                offences[code] = line;
            }

            foreach (var code in RemovedCodes(lines))
            {
                offences.Remove(code);
            }

            foreach (var (cls, line) in ReadClassLines(lines))
            {
                classes[cls] = line;
            }
        }

        var after = data.Offences.ToDictionary(o => o.Code, RuleImporter.Line, StringComparer.Ordinal);
        var added = after.Keys.Where(k => !offences.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var changed = after.Where(a => offences.TryGetValue(a.Key, out var old) && old != RuleImporter.Unquoted(a.Key, a.Value)).Select(a => a.Key).Order(StringComparer.Ordinal).ToList();
        var removed = offences.Keys.Where(k => !after.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var classLines = data.HomeOfficeClasses.ToDictionary(c => c.Class, RuleImporter.ClassLine, StringComparer.Ordinal);
        var classChanges = classLines.Where(c => !classes.TryGetValue(c.Key, out var old) || old != c.Value).Select(c => c.Key).Order(StringComparer.Ordinal).ToList();
        var report = new VersionImportReport(added, changed, removed, classChanges);
        if (report.IsEmpty)
        {
            return (report, null);
        }

        var text = new StringBuilder();
        text.Append(RuleFileWriter.Modeline(inSubfolder: true));
        text.Append(CultureInfo.InvariantCulture, $"# Version {label}: the standing data's changes since the previous version, written by 'poc import'.\n");
        text.Append("# Hand-set categories and corrections stay in offence-overrides.yaml; a correction for this version goes in an\n");
        text.Append("# offence-overrides section here: uncomment the example at the end (remove the '# ' from its lines) and change it.\n");
        if (added.Count + changed.Count > 0)
        {
            text.Append("offences:\n");
            foreach (var code in added.Concat(changed).Order(StringComparer.Ordinal))
            {
                text.Append(after[code]).Append('\n');
            }
        }

        if (removed.Count > 0)
        {
            text.Append("remove-offences:\n");
            foreach (var code in removed)
            {
                text.Append("  - ").Append(RuleFileWriter.Code(code)).Append('\n');
            }
        }

        if (classChanges.Count > 0)
        {
            text.Append("home-office-classes:\n");
            foreach (var cls in classChanges)
            {
                text.Append(classLines[cls]).Append('\n');
            }
        }

        // The example names a code of the new catalogue, so that uncommented as it stands it loads (RuleImporterTests).
        if (after.Count > 0)
        {
            text.Append('\n');
            text.Append("# offence-overrides:                      # correct a code for this version, with the reason\n");
            text.Append("#   - {code: ").Append(RuleFileWriter.Code(after.Keys.Min(StringComparer.Ordinal)!)).Append(", reason: \"Why\", title: \"The corrected title\"}\n");
        }

        return (report, text.ToString());
    }

    private static Dictionary<string, string> ReadClassLines(IEnumerable<string> lines)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (ClassPattern().Match(line) is { Success: true } match)
            {
                result[match.Groups[1].Value] = line;
            }
        }

        return result;
    }

    private static IEnumerable<string> RemovedCodes(string[] lines)
    {
        var inList = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("remove-offences:", StringComparison.Ordinal))
            {
                inList = true;
                continue;
            }

            if (inList && RemovedPattern().Match(line) is { Success: true } match)
            {
                yield return match.Groups[1].Value;
            }
            else if (line.Length > 0 && !line.StartsWith(' ') && !line.StartsWith('#'))
            {
                inList = false;
            }
        }
    }

    [GeneratedRegex("^\\s+changes:\\s*(\\S+)\\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ChangesPattern();

    [GeneratedRegex("^  - \\{class: \"([0-9]{3}/[0-9]{2})\",", RegexOptions.CultureInvariant)]
    private static partial Regex ClassPattern();

    [GeneratedRegex("^  - \"?([A-Za-z0-9]+)\"?\\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RemovedPattern();
}

internal sealed record VersionImportReport(IReadOnlyList<string> Added, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed, IReadOnlyList<string> HomeOfficeClasses)
{
    public bool IsEmpty => Added.Count + Changed.Count + Removed.Count + HomeOfficeClasses.Count == 0;
}
