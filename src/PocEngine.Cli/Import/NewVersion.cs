using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PocEngine.Authoring;

namespace PocEngine.Cli.Import;

// Adds a version to a rule set folder: a changes file under versions/ and its entry at the end of ruleset.yaml. Used
// by 'poc new version' (a changes file to fill in) and 'poc import --version' (the standing data's changes). The
// checks come first and name what to do; the two files are then written whole (temporary file, then rename), and if
// the rule set would not load with the new version, both are put back as they were.
internal sealed class NewVersion
{
    private const string HeaderFileName = "ruleset.yaml";

    private NewVersion(string rulesFolder, string label, DateOnly effectiveFrom, RuleSet before, string headerText)
    {
        RulesFolder = rulesFolder;
        Label = label;
        EffectiveFrom = effectiveFrom;
        Before = before;
        HeaderText = headerText;
    }

    public string RulesFolder { get; }

    public string Label { get; }

    public DateOnly EffectiveFrom { get; }

    public RuleSet Before { get; }

    public string ChangesFile => $"versions/{Label}.yaml";

    private string HeaderText { get; }

    private string HeaderPath => Path.Combine(RulesFolder, HeaderFileName);

    private string ChangesPath => ChangesPathOf(RulesFolder, Label);

    // Returns the plan, or a sentence saying why the version cannot be added.
    public static (NewVersion? Plan, string? Problem) Prepare(string rulesFolder, string label, string? effectiveFrom)
    {
        var headerPath = Path.Combine(rulesFolder, HeaderFileName);
        if (!File.Exists(headerPath))
        {
            return (null, $"'{rulesFolder}' has no ruleset.yaml; pass the rule set folder to add the version to.");
        }

        if (!DateOnly.TryParseExact(effectiveFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, effectiveFrom is null
                ? "A new version needs --effective-from, the first finalisation date (yyyy-MM-dd) it applies to."
                : $"--effective-from '{effectiveFrom}' is not a date written yyyy-MM-dd.");
        }

        if (label.Length == 0 || label.Length > 32 || !char.IsAsciiLetterOrDigit(label[0]) || !label.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            return (null, $"The version label '{label}' is not allowed; use letters, digits, dots, hyphens and underscores, starting with a letter or digit (at most 32).");
        }

        var loaded = RuleSetLoader.LoadDirectory(rulesFolder);
        if (!loaded.Success)
        {
            // A problem found in the rule set, not in how the command was used: exit 1, as every command that loads rules.
            throw new ProblemsFoundException($"The rule set in '{rulesFolder}' has errors; fix them ('poc validate {rulesFolder}') before adding a version.");
        }

        var ruleSet = loaded.RuleSet!;
        var latest = ruleSet.Latest;
        var headerText = File.ReadAllText(headerPath);
        var problem = ruleSet.Versions.Any(v => v.Label == label) ? $"The rule set already has a version '{label}'; give the new version a new label."
            : date <= latest.EffectiveFrom ? FormattableString.Invariant($"The new version must apply from after {latest.EffectiveFrom:yyyy-MM-dd}, when version '{latest.Label}' took effect; --effective-from is {date:yyyy-MM-dd}.")
            : File.Exists(ChangesPathOf(rulesFolder, label)) ? $"'versions/{label}.yaml' already exists; remove it or choose another label."
            : !VersionsAreLast(headerText) ? "The new version cannot be added to ruleset.yaml: 'versions' is not its last key. Move 'versions' to the end of the file, then try again."
            : null;
        return problem is null ? (new NewVersion(rulesFolder, label, date, ruleSet, headerText), null) : (null, problem);
    }

    // Writes the changes file and the version entry; returns the load errors (and leaves the folder as it was) if the
    // rule set would not load with them.
    public RuleSetLoadResult Write(string changesText, string? description)
    {
        var entry = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"  - version: \"{Label}\"\n")
            .Append(CultureInfo.InvariantCulture, $"    effective-from: {EffectiveFrom:yyyy-MM-dd}\n")
            .Append(CultureInfo.InvariantCulture, $"    changes: {ChangesFile}\n");
        if (description is not null)
        {
            entry.Append("    description: ").Append(RuleFileWriter.Quote(description)).Append('\n');
        }

        Directory.CreateDirectory(Path.GetDirectoryName(ChangesPath)!);
        WriteWhole(ChangesPath, changesText);
        try
        {
            WriteWhole(HeaderPath, HeaderText.TrimEnd('\n') + "\n" + entry);
        }
        catch
        {
            File.Delete(ChangesPath);
            throw;
        }

        var after = RuleSetLoader.LoadDirectory(RulesFolder);
        if (!after.Success)
        {
            // Put the rule set back as it was: a half-added version helps nobody.
            WriteWhole(HeaderPath, HeaderText);
            File.Delete(ChangesPath);
        }

        return after;
    }

    // True when 'versions' is the last top-level key of ruleset.yaml, so that a new entry can be appended to it.
    public static bool VersionsAreLast(string headerText)
    {
        var topLevel = headerText.Split('\n').Where(l => l.Length > 0 && char.IsAsciiLetter(l[0])).ToList();
        return topLevel.Count > 0 && topLevel[^1].StartsWith("versions:", StringComparison.Ordinal);
    }

    private static string ChangesPathOf(string rulesFolder, string label) => Path.Combine(rulesFolder, "versions", label + ".yaml");

    private static void WriteWhole(string path, string text) => Output.AtomicFile.WriteAllText(path, text, "rule file");
}
