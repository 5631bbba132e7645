using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using PocEngine.Cli.Cases;
using PocEngine.Cli.Output;
using PocEngine.Cli.Reports;

namespace PocEngine.Cli.Commands;

internal static class DiffCommand
{
    private const int ListedInMarkdown = 200;

    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The rule set before: a rules folder (its newest version), FOLDER@LABEL, or a version label of --rules.", HelpName = "FOLDER|LABEL", Required = true };
        var to = new Option<string>("--to") { Description = "The rule set after, in the same forms as --from.", HelpName = "FOLDER|LABEL", Required = true };
        var format = new Option<string>("--format") { Description = "markdown (default) or json.", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "json");
        var failOnChange = new Option<bool>("--fail-on-change") { Description = "Exit 1 when anything differs: for CI jobs that must not change results unnoticed." };
        var rules = CommonOptions.Rules();
        var cases = new CaseInput();
        cases.Input.Aliases.Add("--cases");
        var command = new Command("diff", "Show what a rule change does: without cases, the offences added, removed, recategorised, re-ranked or with a changed maximum; with --cases, the impact on real cases (how many change category or principal charge, a from-to matrix, and each changed case with both explanations). Example: poc diff --from rules/cps@2026.1 --to rules/cps --cases samples/cases/cases.jsonl")
        {
            from,
            to,
            format,
            failOnChange,
            rules,
        };
        cases.AddTo(command);
        CommonOptions.SetAction(command, (parse, cancel) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var output = parse.InvocationConfiguration.Output;
            var loaded = new Dictionary<string, RuleSet>(StringComparer.Ordinal);
            var a = RuleSetReference.Resolve(parse.GetValue(from)!, parse.GetValue(rules), loaded, error);
            var b = RuleSetReference.Resolve(parse.GetValue(to)!, parse.GetValue(rules), loaded, error);
            var diff = OffenceDiff.Between(a.Version, b.Version);
            Impact? impact = null;
            CaseCounts? counts = null;
            if (parse.GetValue(cases.Input) is not null)
            {
                using var stream = cases.Open(parse, error);
                if (stream is null)
                {
                    return CommonOptions.BadInput;
                }

                var source = cases.Cases(parse, stream, error);
                impact = Impact.Measure(
                    source,
                    new PocCalculator(a.RuleSet, a.Version.Label),
                    new PocCalculator(b.RuleSet, b.Version.Label),
                    (line, message) => cases.ReportError(parse, error, line, message),
                    cancel);
                counts = source.Counts;
                error.WriteLine(counts.Summary(source.IsCsv));
            }

            if (parse.GetValue(format) == "json")
            {
                WriteJson(output, diff, impact);
            }
            else
            {
                WriteMarkdown(output, diff, impact);
            }

            var changed = !diff.IsEmpty || (impact is not null && impact.Changed.Count > 0);
            return counts is not null && CommonOptions.ForCases(counts) is var code and not CommonOptions.Success ? code
                : parse.GetValue(failOnChange) && changed ? CommonOptions.ProblemsFound
                : CommonOptions.Success;
        });
        return command;
    }

    private static void WriteMarkdown(TextWriter output, OffenceDiff diff, Impact? impact)
    {
        output.WriteLine($"# Rule set diff: {Escape.Markdown(diff.From.ToString())} to {Escape.Markdown(diff.To.ToString())}");
        output.WriteLine();
        if (diff.IsEmpty)
        {
            output.WriteLine("No offence or policy differs.");
        }

        foreach (var change in diff.PolicyChanges)
        {
            output.WriteLine("- " + Escape.Markdown(change));
        }

        if (diff.Changes.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("| change | offences |");
            output.WriteLine("|---|---:|");
            foreach (var kind in OffenceDiff.Kinds)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {diff.Changes.Count(c => c.Kind == kind)} |"));
            }

            output.WriteLine();
            output.WriteLine("| code | change | from | to | title |");
            output.WriteLine("|---|---|---|---|---|");
            foreach (var change in diff.Changes.Take(ListedInMarkdown))
            {
                var (from, to) = change.Kind == "renamed" ? (Titled(change.From), Titled(change.To)) : (change.From, change.To);
                output.WriteLine($"| {Escape.Markdown(change.Code)} | {change.Kind} | {Escape.Markdown(from)} | {Escape.Markdown(to)} | {Escape.Markdown(Titled(change.Title))} |");
            }

            if (diff.Changes.Count > ListedInMarkdown)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n{diff.Changes.Count - ListedInMarkdown} more offence changes; use --format json for all."));
            }
        }

        if (impact is null)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("## Impact on cases");
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{impact.Cases} case(s) calculated ({impact.Errors} unreadable): {impact.CategoryChanged} change category, {impact.PrincipalChanged} change principal charge."));
        output.WriteLine();
        output.WriteLine("| from | to | cases |");
        output.WriteLine("|---|---|---:|");
        foreach (var ((fromLabel, toLabel), count) in impact.Matrix)
        {
            var mark = fromLabel == toLabel ? string.Empty : " **changed**";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Escape.Markdown(fromLabel)} | {Escape.Markdown(toLabel)}{mark} | {count} |"));
        }

        if (impact.Changed.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("### Changed cases");
        foreach (var change in impact.Changed.Take(ListedInMarkdown))
        {
            output.WriteLine();
            output.WriteLine($"- **{Escape.Markdown(change.Id)}**: {Escape.Markdown(Impact.Label(change.From))} to {Escape.Markdown(Impact.Label(change.To))}");
            output.WriteLine($"  - before: {Escape.Markdown(change.From.Explanation!.Sentence)}");
            output.WriteLine($"  - after: {Escape.Markdown(change.To.Explanation!.Sentence)}");
        }
    }

    // A title as the Markdown shows it: an offence's title, or the words every output uses when the standing data gives none.
    private static string Titled(string? title) => string.IsNullOrWhiteSpace(title) ? Offence.MissingTitle : title;

    private static void WriteJson(TextWriter output, OffenceDiff diff, Impact? impact)
    {
        JsonReport.Write(output, json =>
        {
            json.WriteStartObject();
            Version(json, "from", diff.From);
            Version(json, "to", diff.To);
            json.WriteStartArray("policyChanges");
            foreach (var change in diff.PolicyChanges)
            {
                json.WriteStringValue(change);
            }

            json.WriteEndArray();
            json.WriteStartArray("offenceChanges");
            foreach (var change in diff.Changes)
            {
                json.WriteStartObject();
                json.WriteString("code", change.Code);
                json.WriteString("kind", change.Kind);
                json.WriteString("from", change.From);
                json.WriteString("to", change.To);
                json.WriteString("title", change.Title);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (impact is not null)
            {
                json.WriteStartObject("impact");
                json.WriteNumber("cases", impact.Cases);
                json.WriteNumber("unreadable", impact.Errors);
                json.WriteNumber("categoryChanged", impact.CategoryChanged);
                json.WriteNumber("principalChanged", impact.PrincipalChanged);
                json.WriteStartArray("matrix");
                foreach (var ((fromLabel, toLabel), count) in impact.Matrix)
                {
                    json.WriteStartObject();
                    json.WriteString("from", fromLabel);
                    json.WriteString("to", toLabel);
                    json.WriteNumber("cases", count);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("changedCases");
                foreach (var change in impact.Changed)
                {
                    json.WriteStartObject();
                    json.WriteString("id", change.Id);
                    json.WriteString("from", Impact.Label(change.From));
                    json.WriteString("to", Impact.Label(change.To));
                    json.WriteString("principalFrom", change.From.PrincipalCharge?.Code);
                    json.WriteString("principalTo", change.To.PrincipalCharge?.Code);
                    json.WriteString("explanationFrom", change.From.Explanation!.Sentence);
                    json.WriteString("explanationTo", change.To.Explanation!.Sentence);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
        });
    }

    private static void Version(Utf8JsonWriter json, string name, RuleSetVersion version)
    {
        json.WriteStartObject(name);
        json.WriteString("ruleSetId", version.RuleSetId);
        json.WriteString("version", version.Label);
        json.WriteString("hash", version.Hash);
        json.WriteEndObject();
    }
}
