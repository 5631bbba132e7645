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
        var filters = new OffenceFilter.Options();
        var command = new Command("offences", "Print the compiled offence catalogue of a rule set version as CSV, one row per code sorted by code, with the category and the rule that placed it; --category, --classified-by, --fallback and --code keep only the codes that pass every filter given. Examples: poc offences --rules rules/cps > offences.csv; poc offences --category robbery --code TH68")
        {
            rules,
            version,
        };
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var picked = CommonOptions.PickVersion(CommonOptions.LoadRules(parse.GetValue(rules), error), parse.GetValue(version));

            Write(picked, parse.InvocationConfiguration.Output, filters.Read(parse, picked));
            return CommonOptions.Success;
        });
        return command;
    }

    public static void Write(RuleSetVersion version, TextWriter output, OffenceFilter filter)
    {
        using var csv = CsvOutput.Writer(output);
        foreach (var offence in version.Offences)
        {
            if (!filter.Includes(offence))
            {
                continue;
            }

            using var row = csv.NewRow();
            row["code"].Cell(offence.Code);
            row["category"].Cell(offence.Category?.Id);
            row["eligible"].Cell(offence.IsEligible ? "true" : "false");
            row["mode"].Cell(offence.CjsCategory);
            row["maxPenalty"].Cell(offence.MaximumPenalty?.ToString());
            row["maxPenaltySource"].Cell(offence.MaximumPenaltySource == MaximumPenaltySource.None ? string.Empty : PocNames.Of(offence.MaximumPenaltySource));
            row["classifiedBy"].Cell(offence.ClassifiedBy);
            row["hoClass"].Cell(offence.HomeOfficeClass);
            row["hoGroup"].Cell(offence.HomeOfficeGroup);
            row["title"].Cell(offence.Title);
        }
    }
}
