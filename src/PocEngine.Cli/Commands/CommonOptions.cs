using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using PocEngine.Cli.Cases;

namespace PocEngine.Cli.Commands;

// Options and behaviour shared by every command: where the rules come from, which version, and the exit codes.
internal static class CommonOptions
{
    public const int Success = 0;
    public const int ProblemsFound = 1;
    public const int BadInput = 2;
    public const int InternalFault = 3;

    // The run was interrupted (Ctrl+C); Main exits 128 + the signal's number, 130 for Ctrl+C.
    public const int Interrupted = 130;

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

    // Sets a command's action with the token that says the run is asked to stop (Ctrl+C), which the command watches.
    public static void SetAction(Command command, Func<ParseResult, CancellationToken, int> action) =>
        command.SetAction((parse, cancel) => Task.FromResult(action(parse, cancel)));

    // The exit code of a run over a case file: 3 when a case met a fault in poc itself, 1 when a case could not be read
    // or calculated, 0 when every case was.
    public static int ForCases(CaseCounts counts) =>
        counts.Faults > 0 ? InternalFault : counts.Errors > 0 ? ProblemsFound : Success;

    // Why a rules folder cannot be read at all (missing, or a file), or null when it is a folder.
    public static string? MissingRulesFolder(string folder) =>
        Directory.Exists(folder) ? null
        : File.Exists(folder) ? $"'{folder}' is a file, not a rule set folder; pass the folder that holds ruleset.yaml."
        : $"The rule set folder '{folder}' does not exist; pass the folder that holds ruleset.yaml.";

    // Loads the rule set, or says why it cannot: a folder that is missing or is a file is bad usage (a UsageException,
    // exit 2); a rule set with errors is a problem found in the input (every diagnostic on standard error, then a
    // ProblemsFoundException, exit 1), as README's exit codes say.
    public static RuleSet LoadRules(string? folder, TextWriter error)
    {
        if (folder is null)
        {
            return RuleSet.Default;
        }

        if (MissingRulesFolder(folder) is { } problem)
        {
            throw new UsageException(problem);
        }

        var result = RuleSetLoader.LoadDirectory(folder);
        if (result.Success)
        {
            return result.RuleSet!;
        }

        foreach (var diagnostic in result.Errors)
        {
            error.WriteLine(Located(folder, diagnostic));
        }

        throw new ProblemsFoundException(InvalidRules(folder));
    }

    // The last line under a rule set's diagnostics, for every command that cannot go on without the rules.
    public static string InvalidRules(string folder) => $"The rule set in '{folder}' has errors; run 'poc validate {folder}' for every diagnostic.";

    // Loads the rules and builds the calculator the options ask for: a pinned version, or the version in force on each
    // date. Throws as LoadRules does, and a UsageException for a version the rule set does not have.
    public static (RuleSet RuleSet, PocCalculator Calculator, RuleSetVersion Shown) Calculator(string? folder, string? label, TextWriter error)
    {
        var ruleSet = LoadRules(folder, error);
        var shown = PickVersion(ruleSet, label);
        return (ruleSet, label is null ? new PocCalculator(ruleSet) : new PocCalculator(ruleSet, label), shown);
    }

    // The diagnostic with its file under the folder given; only the path gets forward slashes, never the message,
    // which may quote a title pattern's backslashes.
    public static string Located(string? folder, RuleDiagnostic diagnostic) =>
        diagnostic.ToString(folder);

    // The version a label names, or the newest without one; a label the rule set does not have is bad usage.
    public static RuleSetVersion PickVersion(RuleSet ruleSet, string? label)
    {
        try
        {
            return label is null ? ruleSet.Latest : ruleSet.GetVersion(label);
        }
        catch (RuleSetVersionNotFoundException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
