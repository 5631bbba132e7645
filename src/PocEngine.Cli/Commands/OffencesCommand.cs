using System.CommandLine;
using System.IO;
using System.Text;
using PocEngine.Cli.Output;

namespace PocEngine.Cli.Commands;

internal static class OffencesCommand
{
    public const string Header = "code,category,eligible,mode,maxPenalty,maxPenaltySource,classifiedBy,hoClass,hoGroup,title";

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
            var ruleSet = CommonOptions.LoadRules(parse.GetValue(rules), error);
            var picked = ruleSet is null ? null : CommonOptions.PickVersion(ruleSet, parse.GetValue(version), error);
            if (picked is null)
            {
                return CommonOptions.BadInput;
            }

            Write(picked, parse.InvocationConfiguration.Output);
            return CommonOptions.Success;
        });
        return command;
    }

    public static void Write(RuleSetVersion version, TextWriter output)
    {
        var line = new StringBuilder();
        output.Write(Header + "\n");
        foreach (var offence in version.Offences)
        {
            line.Clear();
            line.Append(CsvText.Field(offence.Code)).Append(',')
                .Append(offence.Category?.Id).Append(',')
                .Append(offence.IsEligible ? "true" : "false").Append(',')
                .Append(offence.CjsCategory).Append(',')
                .Append(offence.MaximumPenalty?.ToString()).Append(',')
                .Append(offence.MaximumPenaltySource == MaximumPenaltySource.None ? string.Empty : PocNames.Of(offence.MaximumPenaltySource)).Append(',')
                .Append(offence.ClassifiedBy).Append(',')
                .Append(offence.HomeOfficeClass).Append(',')
                .Append(CsvText.Field(offence.HomeOfficeGroup ?? string.Empty)).Append(',')
                .Append(CsvText.Field(offence.Title)).Append('\n');
            output.Write(line);
        }
    }
}
