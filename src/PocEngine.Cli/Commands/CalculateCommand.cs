using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using PocEngine.Cli.Cases;
using PocEngine.Cli.Output;

namespace PocEngine.Cli.Commands;

internal static class CalculateCommand
{
    public static Command Create()
    {
        var input = new Option<string?>("--input")
        {
            Description = "A JSON Lines file of cases, one per line; without it, standard input.",
            HelpName = "FILE",
        };
        var explain = new Option<bool>("--explain") { Description = "Add the ranked charges and the explaining sentence to each result." };
        var rules = CommonOptions.Rules();
        var version = CommonOptions.Version();
        var command = new Command("calculate", "Calculate the principal offence category of each case: one JSON line per case on standard output, in input order. A malformed line gives an error on standard error with its line number, and the run goes on. Exits 1 when any line was malformed. Example: poc calculate --input samples/cases/cases.jsonl")
        {
            input,
            explain,
            rules,
            version,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var ruleSet = CommonOptions.LoadRules(parse.GetValue(rules), error);
            if (ruleSet is null)
            {
                return CommonOptions.BadInput;
            }

            PocCalculator calculator;
            try
            {
                var label = parse.GetValue(version);
                calculator = label is null ? new PocCalculator(ruleSet) : new PocCalculator(ruleSet, label);
            }
            catch (RuleSetVersionNotFoundException ex)
            {
                error.WriteLine(ex.Message);
                return CommonOptions.BadInput;
            }

            var path = parse.GetValue(input);
            TextReader reader;
            try
            {
                reader = path is null ? Console.In : new StreamReader(path, Encoding.UTF8);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"The input '{path}' cannot be read: {ex.Message}");
                return CommonOptions.BadInput;
            }

            using (reader)
            {
                return Run(reader, parse.InvocationConfiguration.Output, error, calculator, parse.GetValue(explain), path ?? "standard input");
            }
        });
        return command;
    }

    private static int Run(TextReader reader, TextWriter output, TextWriter error, PocCalculator calculator, bool explain, string inputName)
    {
        long lines = 0, results = 0, errors = 0, blank = 0;
        var buffer = new ArrayBufferWriter();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lines++;
            if (string.IsNullOrWhiteSpace(line))
            {
                blank++;
                continue;
            }

            if (!CaseLine.TryParse(line, out var defendantCase, out var problem))
            {
                errors++;
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{inputName}:{lines}: error: {problem}"));
                continue;
            }

            PrincipalOffenceResult result;
            try
            {
                result = explain ? calculator.Explain(defendantCase!) : calculator.Calculate(defendantCase!);
            }
            catch (RuleSetVersionNotFoundException ex)
            {
                errors++;
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{inputName}:{lines}: error: {ex.Message}"));
                continue;
            }

            using (var json = new Utf8JsonWriter(buffer.Stream))
            {
                ResultJson.Write(json, defendantCase!.Id, result);
            }

            output.Write(buffer.TakeText());
            output.Write('\n');
            results++;
        }

        output.Flush();
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{lines} line(s): {results} result(s), {errors} error(s), {blank} blank."));
        return errors == 0 ? CommonOptions.Success : CommonOptions.ProblemsFound;
    }

    private sealed class ArrayBufferWriter
    {
        public MemoryStream Stream { get; } = new();

        public string TakeText()
        {
            var text = Encoding.UTF8.GetString(Stream.GetBuffer(), 0, (int)Stream.Length);
            Stream.SetLength(0);
            return text;
        }
    }
}
