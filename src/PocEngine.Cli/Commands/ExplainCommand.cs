using System.CommandLine;
using System.Linq;
using PocEngine.Cli.Cases;
using PocEngine.Cli.Output;

namespace PocEngine.Cli.Commands;

internal static class ExplainCommand
{
    public static Command Create()
    {
        var inline = new Option<string?>("--case")
        {
            Description = "One case as a JSON object, in the form of a line of a case file.",
            HelpName = "JSON",
        };
        var id = new Option<string?>("--id") { Description = "The id of the case to explain from --input.", HelpName = "ID" };
        var input = new CaseInput();
        var rules = CommonOptions.Rules();
        var version = CommonOptions.Version();
        var command = new Command("explain", """Explain one case: its charges ranked as a table, and the sentence that says why. Example: poc explain --case '{"id":"A","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"TH68023"},{"code":"OF61102"}]}' or poc explain --input samples/cases/cases.jsonl --id C-00042""")
        {
            inline,
            id,
            rules,
            version,
        };
        input.AddTo(command);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var json = parse.GetValue(inline);
            var wanted = parse.GetValue(id);
            if ((json is null) == (wanted is null))
            {
                error.WriteLine("Give either --case with one case as JSON, or --input with --id to pick a case from a file.");
                return CommonOptions.BadInput;
            }

            DefendantCase? defendantCase;
            if (json is not null)
            {
                if (!CaseLine.TryParse(json, out defendantCase, out var problem))
                {
                    error.WriteLine("--case: " + Escape.Terminal(problem));
                    return CommonOptions.BadInput;
                }
            }
            else
            {
                using var stream = input.Open(parse, error);
                if (stream is null)
                {
                    return CommonOptions.BadInput;
                }

                defendantCase = input.Cases(parse, stream, error).ReadAll().FirstOrDefault(r => r.Case?.Id == wanted)?.Case;
                if (defendantCase is null)
                {
                    error.WriteLine($"No readable case with id '{Escape.Terminal(wanted)}' is in {input.Name(parse)}.");
                    return CommonOptions.BadInput;
                }
            }

            var (_, calculator, _) = CommonOptions.Calculator(parse.GetValue(rules), parse.GetValue(version), error);

            try
            {
                ExplanationTable.Write(parse.InvocationConfiguration.Output, defendantCase!, calculator.Explain(defendantCase!));
                return CommonOptions.Success;
            }
            catch (RuleSetVersionNotFoundException ex)
            {
                error.WriteLine(ex.Message);
                return CommonOptions.BadInput;
            }
        });
        return command;
    }
}
