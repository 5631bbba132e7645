using System.CommandLine;
using System.IO;
using System.Text;
using PocEngine.Cli.Output;

namespace PocEngine.Cli.Commands;

internal static class OffencesCommand
{
    public static Command Create()
    {
        var rules = CommonOptions.Rules();
        var version = new Option<string?>("--version")
        {
            Description = "The version label whose catalogue to print; without it, the newest version.",
            HelpName = "LABEL",
        };
        var command = new Command("offences", "Print the compiled offence catalogue of a rule set version as CSV, one row per code sorted by code, with the category and the rule that placed it. Example: poc offences --rules rules/cps > offences.csv")
        {
            rules,
            version,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var picked = CommonOptions.PickVersion(CommonOptions.LoadRules(parse.GetValue(rules), error), parse.GetValue(version));

            Write(picked, parse.InvocationConfiguration.Output);
            return CommonOptions.Success;
        });
        return command;
    }

    public static void Write(RuleSetVersion version, TextWriter output)
    {
        using var csv = CsvOutput.Writer(output);
        foreach (var offence in version.Offences)
        {
            using var row = csv.NewRow();
            row["code"].Set(offence.Code);
            row["category"].Set(offence.Category?.Id);
            row["eligible"].Set(offence.IsEligible ? "true" : "false");
            row["mode"].Set(offence.CjsCategory);
            row["maxPenalty"].Set(offence.MaximumPenalty?.ToString());
            row["maxPenaltySource"].Set(offence.MaximumPenaltySource == MaximumPenaltySource.None ? string.Empty : PocNames.Of(offence.MaximumPenaltySource));
            row["classifiedBy"].Set(offence.ClassifiedBy);
            row["hoClass"].Set(offence.HomeOfficeClass);
            row["hoGroup"].Set(offence.HomeOfficeGroup);
            row["title"].Set(offence.Title);
        }
    }
}
