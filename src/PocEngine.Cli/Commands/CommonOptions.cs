using System;
using System.CommandLine;
using System.IO;

namespace PocEngine.Cli.Commands;

// Options and behaviour shared by every command: where the rules come from, which version, and the exit codes.
internal static class CommonOptions
{
    public const int Success = 0;
    public const int ProblemsFound = 1;
    public const int BadInput = 2;
    public const int InternalFault = 3;

    public static Option<string?> Rules() => new("--rules")
    {
        Description = "The rule set folder (the one holding ruleset.yaml). Without it, the embedded default 'cps' rule set is used.",
        HelpName = "FOLDER",
    };

    public static Option<string?> Version() => new("--version")
    {
        Description = "A version label to pin for every case; without it, the version in force on each finalisation date is used.",
        HelpName = "LABEL",
    };

    // Says why a rules folder cannot be read at all (missing, or a file), so that commands exit 2 before loading.
    public static bool RulesFolderExists(string folder, TextWriter error)
    {
        if (Directory.Exists(folder))
        {
            return true;
        }

        error.WriteLine(File.Exists(folder)
            ? $"'{folder}' is a file, not a rule set folder; pass the folder that holds ruleset.yaml."
            : $"The rule set folder '{folder}' does not exist; pass the folder that holds ruleset.yaml.");
        return false;
    }

    // Loads the rule set or reports why not; a load failure is a problem in the input (exit 2), not a crash.
    public static RuleSet? LoadRules(string? folder, TextWriter error)
    {
        if (folder is null)
        {
            return RuleSet.Default;
        }

        if (!RulesFolderExists(folder, error))
        {
            return null;
        }

        var result = RuleSet.TryLoadFromDirectory(folder);
        if (result.Success)
        {
            return result.RuleSet;
        }

        foreach (var diagnostic in result.Errors)
        {
            error.WriteLine(Located(folder, diagnostic));
        }

        error.WriteLine($"The rule set in '{folder}' has errors; run 'poc validate {folder}' for every diagnostic.");
        return null;
    }

    // Loads the rules and builds the calculator the options ask for: a pinned version, or the version in force on each
    // date. Null (with the reason on standard error) when the rules do not load or the version does not exist.
    public static (RuleSet RuleSet, PocCalculator Calculator, RuleSetVersion Shown)? Calculator(string? folder, string? label, TextWriter error)
    {
        var ruleSet = LoadRules(folder, error);
        if (ruleSet is null)
        {
            return null;
        }

        try
        {
            return label is null
                ? (ruleSet, new PocCalculator(ruleSet), ruleSet.Latest)
                : (ruleSet, new PocCalculator(ruleSet, label), ruleSet.GetVersion(label));
        }
        catch (RuleSetVersionNotFoundException ex)
        {
            error.WriteLine(ex.Message);
            return null;
        }
    }

    // The diagnostic with its file under the folder given; only the path gets forward slashes, never the message,
    // which may quote a title pattern's backslashes.
    public static string Located(string? folder, RuleDiagnostic diagnostic) =>
        folder is null ? diagnostic.ToString() : (diagnostic with { File = Path.Combine(folder, diagnostic.File).Replace('\\', '/') }).ToString();

    public static RuleSetVersion? PickVersion(RuleSet ruleSet, string? label, TextWriter error)
    {
        if (label is null)
        {
            return ruleSet.Latest;
        }

        try
        {
            return ruleSet.GetVersion(label);
        }
        catch (RuleSetVersionNotFoundException ex)
        {
            error.WriteLine(ex.Message);
            return null;
        }
    }

}
