using System;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Threading;
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
        CommonOptions.SetAction(command, (parse, cancel) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var json = parse.GetValue(inline);
            var wanted = parse.GetValue(id);
            if ((json is null) == (wanted is null))
            {
                error.WriteLine("Give either --case with one case as JSON, or --input with --id to pick a case from a file.");
                return CommonOptions.BadInput;
            }

            using var stream = json is null ? input.Open(parse, error) : null;
            if (json is null && stream is null)
            {
                return CommonOptions.BadInput;
            }

            var (_, calculator, _) = CommonOptions.Calculator(parse.GetValue(rules), parse.GetValue(version), error);
            var source = json is null ? input.Cases(parse, stream!, error) : CaseSource.OfOne(Encoding.UTF8.GetBytes(json));
            Action<long, string> onError = json is null
                ? (line, message) => input.ReportError(parse, error, line, message)
                : (_, message) => error.WriteLine("--case: " + Escape.Terminal(message));
            var found = Find(source, wanted, calculator, onError, cancel);
            if (found is var (defendantCase, result))
            {
                ExplanationTable.Write(parse.InvocationConfiguration.Output, defendantCase, result);
                return CommonOptions.Success;
            }

            if (json is null && source.Counts.Errors == 0)
            {
                error.WriteLine($"No readable case with id '{Escape.Terminal(wanted)}' is in {input.Name(parse)}.");
                return CommonOptions.BadInput;
            }

            if (json is null)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"No readable case with id '{Escape.Terminal(wanted)}' is in {input.Name(parse)}; {source.Counts.Errors} case(s) in it could not be read or explained (above)."));
            }

            return CommonOptions.ForCases(source.Counts);
        });
        return command;
    }

    // The first case with the id wanted (any case, without one) explained, through the case runner, which reports each
    // case it cannot read or explain; reading stops once it is found.
    internal static (DefendantCase Case, PrincipalOffenceResult Result)? Find(CaseSource source, string? wanted, IPocCalculator calculator, Action<long, string> onError, CancellationToken cancel = default)
    {
        var search = new Search(wanted, calculator);
        CaseRunner.Run(source, () => new Search.Work(search), reportFields: false, onError, cancel: cancel);
        return search.Found;
    }

    private sealed class Search(string? wanted, IPocCalculator calculator)
    {
        public string? Wanted => wanted;

        public IPocCalculator Calculator => calculator;

        public (DefendantCase Case, PrincipalOffenceResult Result)? Found { get; private set; }

        // A batch's first case with the id wanted, explained on the pool thread; the first batch in input order to have
        // one gives the answer.
        public sealed class Work(Search search) : ICaseWork
        {
            private (DefendantCase Case, PrincipalOffenceResult Result)? match;

            public void Add(CaseRecord record)
            {
                var defendantCase = record.Case!;
                if (match is null && (search.Wanted is null || string.Equals(defendantCase.Id, search.Wanted, StringComparison.Ordinal)))
                {
                    match = (defendantCase, search.Calculator.Explain(defendantCase));
                }
            }

            public bool Commit()
            {
                search.Found ??= match;
                match = null;
                return search.Found is null;
            }

            public void Dispose()
            {
            }
        }
    }
}
