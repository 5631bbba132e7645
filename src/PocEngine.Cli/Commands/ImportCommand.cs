using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using PocEngine.Cli.Import;

namespace PocEngine.Cli.Commands;

internal static class ImportCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            Description = $"The folder holding the standing data: {StandingData.OffenceFile}, {StandingData.MaximumFile} and {StandingData.HomeOfficeFile}.",
            HelpName = "FOLDER",
            Required = true,
        };
        var rules = new Option<string>("--rules")
        {
            Description = "The rule set folder to write (offences/*.yaml and home-office-classes.yaml only).",
            HelpName = "FOLDER",
            Required = true,
        };
        var version = new Option<string?>("--version")
        {
            Description = "Import as a new version with this label: write versions/LABEL.yaml with only what changed since the newest version, and add the version to ruleset.yaml, leaving published versions as they are. Without it, the base catalogue is rewritten (only before the first version is published).",
            HelpName = "LABEL",
        };
        var effectiveFrom = new Option<string?>("--effective-from") { Description = "With --version: the first finalisation date (yyyy-MM-dd) the new version applies to.", HelpName = "DATE" };
        var description = new Option<string?>("--description") { Description = "With --version: the new version's description, for example the standing data release it comes from.", HelpName = "TEXT" };
        var command = new Command("import", "Write the offence catalogue and Home Office table of a rule set from the CJS standing data, and report codes added, removed and changed. Never touches categories, ordering, category rules or offence overrides. With --version, writes a new version's changes file instead, so that results recorded under earlier versions still replay. Example: poc import --data data/standing-data --rules rules/cps --version 2027.1 --effective-from 2027-04-01")
        {
            data,
            rules,
            version,
            effectiveFrom,
            description,
        };
        command.SetAction(parse =>
        {
            var dataFolder = parse.GetValue(data)!;
            var rulesFolder = parse.GetValue(rules)!;
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (!File.Exists(Path.Combine(rulesFolder, "ruleset.yaml")))
            {
                error.WriteLine($"'{rulesFolder}' has no ruleset.yaml; pass the rule set folder that the import should update.");
                return CommonOptions.BadInput;
            }

            StandingData standing;
            try
            {
                standing = StandingData.Read(dataFolder);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException or FormatException or System.Collections.Generic.KeyNotFoundException)
            {
                error.WriteLine($"The standing data in '{dataFolder}' could not be read: {ex.Message}");
                return CommonOptions.BadInput;
            }

            if (parse.GetValue(version) is { } label)
            {
                return ImportVersion(standing, rulesFolder, label, parse.GetValue(effectiveFrom), parse.GetValue(description), output, error);
            }

            var report = RuleImporter.Import(standing, rulesFolder);
            output.WriteLine($"Imported {report.Offences} offences and {report.HomeOfficeClasses} Home Office classifications into {rulesFolder}.");
            output.WriteLine($"Added {report.Added.Count}, removed {report.Removed.Count}, changed {report.Changed.Count} against the previous import.");
            Print(output, "Removed", report.Removed);
            Print(output, "Changed", report.Changed);
            output.WriteLine("Run 'poc validate' and 'poc test' on the folder before committing.");
            return CommonOptions.Success;
        });
        return command;
    }

    private static int ImportVersion(StandingData standing, string rulesFolder, string label, string? effectiveFrom, string? description, TextWriter output, TextWriter error)
    {
        var (plan, problem) = NewVersion.Prepare(rulesFolder, label, effectiveFrom);
        if (plan is null)
        {
            error.WriteLine(problem);
            return CommonOptions.BadInput;
        }

        var latest = plan.Before.Latest;
        var (report, changesText) = VersionImporter.Compare(standing, rulesFolder, label);
        if (changesText is null)
        {
            output.WriteLine($"The standing data is the same as version '{latest.Label}''s: no version was added.");
            return CommonOptions.Success;
        }

        var after = plan.Write(changesText, description);
        if (!after.Success)
        {
            foreach (var diagnostic in after.Errors)
            {
                error.WriteLine(CommonOptions.Located(rulesFolder, diagnostic));
            }

            error.WriteLine($"Version '{label}' would not load, so it was not added; the rule set is unchanged.");
            return CommonOptions.ProblemsFound;
        }

        output.WriteLine($"Added version '{label}' from {plan.EffectiveFrom:yyyy-MM-dd} in {plan.ChangesFile}: {report.Added.Count} added, {report.Changed.Count} changed, {report.Removed.Count} removed, {report.HomeOfficeClasses.Count} Home Office classification(s) added or changed.");
        Print(output, "Added", report.Added);
        Print(output, "Changed", report.Changed);
        Print(output, "Removed", report.Removed);
        output.WriteLine($"Versions before {label} are unchanged. Run 'poc diff --rules {rulesFolder} --from {latest.Label} --to {label}' to see what the new version changes, then 'poc test'.");
        return CommonOptions.Success;
    }

    private static void Print(TextWriter output, string label, System.Collections.Generic.IReadOnlyList<string> codes)
    {
        if (codes.Count > 0)
        {
            output.WriteLine($"{label}: {string.Join(", ", codes.Take(50))}{(codes.Count > 50 ? ", ..." : string.Empty)}");
        }
    }
}
