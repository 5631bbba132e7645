using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text.Json;
using PocEngine.Cli.Cases;
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
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (CommonOptions.Calculator(parse.GetValue(rules), parse.GetValue(version), error) is not var (_, calculator, _))
            {
                return CommonOptions.BadInput;
            }

            using var reader = input.Open(parse, error);
            if (reader is null)
            {
                return CommonOptions.BadInput;
            }

            var outputPath = parse.GetValue(output);
            if (outputPath is null)
            {
                using var standardOutput = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
                return Run(reader, input.IsCsv(parse), standardOutput, error, calculator, parse.GetValue(explain), input.Name(parse));
            }

            using var file = new AtomicFile(outputPath);
            var status = Run(reader, input.IsCsv(parse), file.Stream, error, calculator, parse.GetValue(explain), input.Name(parse));
            file.Commit();
            return status;
        });
        return command;
    }

    // Results go to the output as UTF-8 bytes straight from Utf8JsonWriter, one line each.
    private static int Run(Stream input, bool csv, Stream output, TextWriter error, PocCalculator calculator, bool explain, string inputName)
    {
        var counts = new CaseCounts();
        long results = 0, errors = 0, continued = 0;
        var progress = new Progress(error);
        if (!csv)
        {
            (results, errors) = JsonLinesBatch.Run(input, output, counts, calculator, explain, (line, message) => error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{inputName}:{line}: error: {message}")), progress);
            output.Flush();
            progress.Done();
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{counts.Lines} line(s): {results} result(s), {errors} error(s), {counts.Blank} blank."));
            return errors == 0 ? CommonOptions.Success : CommonOptions.ProblemsFound;
        }

        var pending = new System.Buffers.ArrayBufferWriter<byte>(1 << 17);
        using var json = new Utf8JsonWriter(pending);
        foreach (var record in CaseReader.Read(input, csv, counts))
        {
            if (record.IsContinuation)
            {
                continued++;
                continue;
            }

            if (record.Case is null)
            {
                errors++;
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{inputName}:{record.Line}: error: {record.Error}"));
                continue;
            }

            PrincipalOffenceResult result;
            try
            {
                result = explain ? calculator.Explain(record.Case) : calculator.Calculate(record.Case);
            }
            catch (RuleSetVersionNotFoundException ex)
            {
                errors++;
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{inputName}:{record.Line}: error: {ex.Message}"));
                continue;
            }

            ResultJson.Write(json, record.Case.Id, result);
            json.Flush();
            json.Reset();
            pending.GetSpan(1)[0] = (byte)'\n';
            pending.Advance(1);
            if (pending.WrittenCount >= 1 << 16)
            {
                output.Write(pending.WrittenSpan);
                pending.ResetWrittenCount();
            }

            results++;
            progress.Report(results);
        }

        output.Write(pending.WrittenSpan);
        output.Flush();
        progress.Done();
        var continuation = csv ? string.Create(CultureInfo.InvariantCulture, $", {continued} further charge row(s)") : string.Empty;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{counts.Lines} line(s): {results} result(s), {errors} error(s), {counts.Blank} blank{(csv ? " or header" : string.Empty)}{continuation}."));
        return errors == 0 ? CommonOptions.Success : CommonOptions.ProblemsFound;
    }
}
