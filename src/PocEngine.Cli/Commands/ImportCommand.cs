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
        var command = new Command("import", "Write the offence catalogue and Home Office table of a rule set from the CJS standing data, and report codes added, removed and changed. Never touches categories, ordering, category rules or offence overrides. Example: poc import --data data/standing-data --rules rules/cps")
        {
            data,
            rules,
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

    private static void Print(TextWriter output, string label, System.Collections.Generic.IReadOnlyList<string> codes)
    {
        if (codes.Count > 0)
        {
            output.WriteLine($"{label}: {string.Join(", ", codes.Take(50))}{(codes.Count > 50 ? ", ..." : string.Empty)}");
        }
    }
}
