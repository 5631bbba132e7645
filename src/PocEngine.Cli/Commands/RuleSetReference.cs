using System;
using System.Collections.Generic;
using System.IO;

namespace PocEngine.Cli.Commands;

// Resolves what --from and --to name: a rules folder (its newest version), FOLDER@LABEL, or a version label of the
// rule set that --rules names (the embedded default without it).
internal static class RuleSetReference
{
    public static (RuleSet RuleSet, RuleSetVersion Version) Resolve(string reference, string? rulesFolder, Dictionary<string, RuleSet> loaded, TextWriter error)
    {
        string? folder;
        string? label;
        var at = reference.LastIndexOf('@');
        if (Directory.Exists(reference))
        {
            (folder, label) = (reference, null);
        }
        else if (at > 0 && Directory.Exists(reference[..at]))
        {
            (folder, label) = (reference[..at], reference[(at + 1)..]);
        }
        else
        {
            (folder, label) = (rulesFolder, reference);
        }

        var key = folder is null ? string.Empty : Path.GetFullPath(folder);
        if (!loaded.TryGetValue(key, out var ruleSet))
        {
            loaded[key] = ruleSet = CommonOptions.LoadRules(folder, error);
        }

        try
        {
            return (ruleSet, label is null ? ruleSet.Latest : ruleSet.GetVersion(label));
        }
        catch (RuleSetVersionNotFoundException ex)
        {
            throw new UsageException($"'{reference}' names neither a rules folder nor a version: {ex.Message}");
        }
    }
}
