using System.CommandLine;
using System.IO;
using PocEngine.Cli.Output;

namespace PocEngine.Cli.Commands;

internal static class CalculateCommand
{
    public static Command Create()
    {
        var input = new CaseInput();
        var output = new Option<string?>("--output")
        {
            Description = "Write the results to this file (atomically: it appears only when complete); without it, standard output.",
            HelpName = "FILE",
        };
        var explain = new Option<bool>("--explain") { Description = "Add the ranked charges and the explaining sentence to each result." };
        var rules = CommonOptions.Rules();
        var version = CommonOptions.Version();
        var command = new Command("calculate", "Calculate the principal offence category of each case: one JSON line per case, in input order. A malformed case gives an error on standard error with its line number, and the run goes on; the totals at the end reconcile every input line. Exits 1 when any case was malformed. Example: poc calculate --input samples/cases/cases.jsonl --output results.jsonl")
        {
            output,
            explain,
            rules,
            version,
        };
        input.AddTo(command);
        CommonOptions.SetAction(command, (parse, cancel) =>
        {
            var error = parse.InvocationConfiguration.Error;
            using var stream = input.Open(parse, error);
            if (stream is null)
            {
                return CommonOptions.BadInput;
            }

            // The output is opened before the rules load and any case is read, so that a path that cannot be written,
            // or that is the input, fails at once.
            var guard = input.Guard(parse, parse.GetValue(rules));
            using var file = parse.GetValue(output) is { } outputPath ? AtomicFile.Create(outputPath, "--output", guard, cancel) : null;
            if (file is null)
            {
                guard.ClaimStandardOutput(parse.InvocationConfiguration.Output);
            }

            var (_, calculator, _) = CommonOptions.Calculator(parse.GetValue(rules), parse.GetValue(version), error);
            using var standardOutput = file is null ? TextWriterStream.For(parse.InvocationConfiguration.Output) : null;
            var cases = input.Cases(parse, stream, error);
            var progress = new Progress(error);
            CaseBatch.Run(cases, file?.Stream ?? standardOutput!, calculator, parse.GetValue(explain), (line, message) => input.ReportError(parse, error, line, message), progress, cancel);
            standardOutput?.Flush();
            file?.Commit();
            progress.Done();
            error.WriteLine(cases.Counts.Summary(cases.IsCsv));
            return CommonOptions.ForCases(cases.Counts);
        });
        return command;
    }
}
