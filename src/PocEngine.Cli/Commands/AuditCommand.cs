using System.CommandLine;
using PocEngine.Cli.Output;
using PocEngine.Cli.Reports;

namespace PocEngine.Cli.Commands;

internal static class AuditCommand
{
    public static Command Create()
    {
        var input = new CaseInput();
        var format = new Option<string>("--format") { Description = "markdown (default) or json, on standard output.", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "json");
        var outputFile = new Option<string?>("--output")
        {
            Description = "Write the report to this file (atomically: it appears only when complete, and a killed run leaves an earlier report untouched); without it, standard output.",
            HelpName = "FILE",
        };
        var html = new Option<string?>("--html") { Description = "Also write a self-contained HTML page with the matrix as a heat map.", HelpName = "FILE" };
        var rules = CommonOptions.Rules();
        var version = CommonOptions.Version();
        var command = new Command("audit", "Compare the category CMS recorded (recordedCategory, with area where known) with the calculated one: the error rate overall, by area and by category, a recorded-to-calculated matrix, and every mismatch with the explanation of the right answer. Example: poc audit --input samples/cases/cases.jsonl --html audit.html")
        {
            format,
            outputFile,
            html,
            rules,
            version,
        };
        input.AddTo(command);
        CommonOptions.SetAction(command, (parse, cancel) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var output = parse.InvocationConfiguration.Output;
            using var stream = input.Open(parse, error);
            if (stream is null)
            {
                return CommonOptions.BadInput;
            }

            // Both outputs are opened before the rules load and any case is read, so that a path that cannot be
            // written, or that is the input or the other output, fails at once.
            var guard = input.Guard(parse, parse.GetValue(rules));
            using var file = parse.GetValue(outputFile) is { } outputPath ? AtomicFile.Create(outputPath, "--output", guard, cancel) : null;
            using var htmlFile = parse.GetValue(html) is { } htmlPath ? AtomicFile.Create(htmlPath, "--html", guard, cancel) : null;
            if (file is null)
            {
                guard.ClaimStandardOutput(output);
            }

            var (_, calculator, shown) = CommonOptions.Calculator(parse.GetValue(rules), parse.GetValue(version), error);
            var name = input.Name(parse);
            var cases = input.Cases(parse, stream, error);
            var audit = Audit.Run(cases, calculator, shown, (line, message) => input.ReportError(parse, error, line, message), cancel);
            var report = file?.Writer ?? output;
            if (parse.GetValue(format) == "json")
            {
                AuditWriter.Json(report, audit, shown);
            }
            else
            {
                AuditWriter.Markdown(report, audit, shown, name);
            }

            file?.Commit();
            if (htmlFile is not null)
            {
                AuditWriter.Html(htmlFile.Writer, audit, shown, name);
                htmlFile.Commit();
            }

            error.WriteLine(cases.Counts.Summary(cases.IsCsv));
            return CommonOptions.ForCases(cases.Counts);
        });
        return command;
    }
}
