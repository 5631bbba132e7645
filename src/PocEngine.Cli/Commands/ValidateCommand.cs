using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;

using PocEngine.Cli.Output;
using PocEngine.RuleTesting;

namespace PocEngine.Cli.Commands;

internal static class ValidateCommand
{
    public static Command Create()
    {
        var folder = new Argument<string?>("FOLDER")
        {
            Description = "The rule set folder; without it, the embedded default rule set is validated.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format")
        {
            Description = "text (file(line,col): severity code: message), json (a list of diagnostics), or github (workflow annotations).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "github");
        var command = new Command("validate", "Load a rule set and its rule tests and report every diagnostic with its file, line and column. Exits 1 when there are errors. Example: poc validate rules/cps --format github")
        {
            folder,
            format,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(folder);
            var output = parse.InvocationConfiguration.Output;
            if (path is not null && CommonOptions.MissingRulesFolder(path) is { } missing)
            {
                throw new UsageException(missing);
            }

            var result = path is null ? RuleSetLoader.LoadDefault() : RuleSetLoader.LoadDirectory(path);

            // The tests sit with the rules and are validated with them: a broken test file, or a test that names a
            // category, rule or version the rule set does not have, is an error here, before any test runs.
            var suite = path is null ? RuleTestSuite.LoadDefault() : RuleTestSuite.LoadFromDirectory(path);
            var diagnostics = result.Diagnostics.Concat(suite.Diagnostics).Concat(result.RuleSet is { } loaded ? suite.Check(loaded) : []).ToList();
            var valid = diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
            switch (parse.GetValue(format))
            {
                case "json":
                    WriteJson(output, path, diagnostics);
                    break;
                case "github":
                    foreach (var d in diagnostics)
                    {
                        var file = path is null ? d.File : Path.Combine(path, d.File).Replace('\\', '/');
                        var level = d.Severity == DiagnosticSeverity.Error ? "error" : "warning";
                        output.WriteLine($"::{level} file={file},line={d.Line},col={d.Column},title={d.Code}::{Escape(d.Message)}");
                    }

                    break;
                default:
                    foreach (var d in diagnostics)
                    {
                        output.WriteLine(CommonOptions.Located(path, d));
                    }

                    var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                    output.WriteLine(valid
                        ? $"The rule set '{result.RuleSet!.Id}' is valid: {result.RuleSet.Versions.Count} version(s), {suite.Tests.Count} rule test(s), {diagnostics.Count} warning(s)."
                        : $"The rule set has {errors} error(s) and {diagnostics.Count - errors} warning(s).");
                    break;
            }

            return valid ? CommonOptions.Success : CommonOptions.ProblemsFound;
        });
        return command;
    }

    private static void WriteJson(TextWriter output, string? folder, System.Collections.Generic.IReadOnlyList<RuleDiagnostic> diagnostics)
    {
        JsonReport.Write(output, json =>
        {
            json.WriteStartArray();
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", d.Code);
                json.WriteString("severity", d.Severity == DiagnosticSeverity.Error ? "error" : "warning");
                json.WriteString("file", folder is null ? d.File : Path.Combine(folder, d.File).Replace('\\', '/'));
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    // GitHub workflow commands treat %, CR and LF specially in messages.
    private static string Escape(string message) => message.Replace("%", "%25", System.StringComparison.Ordinal).Replace("\r", "%0D", System.StringComparison.Ordinal).Replace("\n", "%0A", System.StringComparison.Ordinal);
}
