using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

using PocEngine.Cli.Output;

namespace PocEngine.Cli.Reports;

// Renders an audit for a data quality lead, as Markdown, JSON or a self-contained HTML page (no script): categories by
// name, error rates by area, by recorded and by calculated category and by month (drawn as a chart in HTML), the
// likely cause of each mismatch counted by area, the recorded-to-calculated matrix, and the mismatches grouped by area
// and recorded category.
internal static class AuditWriter
{
    private const int ListedMismatches = 500;

    public static void Markdown(TextWriter output, Audit audit, RuleSetVersion version, string input)
    {
        output.WriteLine($"# POC audit of {Escape.Markdown(input)}");
        output.WriteLine();
        output.WriteLine($"Rule set {Escape.Markdown(version.ToString())}. {Summary(audit)}");
        output.WriteLine();
        output.WriteLine("## Likely causes of the mismatches, by area");
        output.WriteLine();
        output.WriteLine("A live charge of the case has the recorded category: the **lesser charge** was picked. Only a charge removed before");
        output.WriteLine("finalisation has it: the POC was **not updated at finalisation**. No charge has it: an **entry error**.");
        output.WriteLine();
        output.WriteLine("| area | mismatches | " + string.Join(" | ", Audit.Causes.Select(Audit.Describe)) + " |");
        output.WriteLine("|---|---:|" + string.Concat(Audit.Causes.Select(_ => "---:|")));
        foreach (var (area, counts) in audit.CausesByArea)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Escape.Markdown(area)} | {counts.Sum()} | {string.Join(" | ", counts)} |"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **all areas** | {audit.Mismatches} | {string.Join(" | ", Audit.Causes.Select(c => audit.MismatchList.Count(m => m.Cause == c)))} |"));
        Rates(output, "By area", "area", audit.ByArea, key => key);
        Rates(output, "By recorded category", "recorded category", audit.ByRecorded, audit.Name);
        Rates(output, "By calculated category", "calculated category", audit.ByCalculated, audit.Name);
        output.WriteLine();
        output.WriteLine("## Trend by month of finalisation");
        output.WriteLine();
        output.WriteLine("| month | cases | mismatches | error rate | |");
        output.WriteLine("|---|---:|---:|---:|---|");
        var highest = audit.ByMonth.Values.Select(r => r.ErrorRate).DefaultIfEmpty(0).Max();
        foreach (var (month, rate) in audit.ByMonth)
        {
            var bar = highest == 0 ? string.Empty : new string('█', (int)Math.Round(20 * rate.ErrorRate / highest));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {month} | {rate.Cases} | {rate.Wrong} | {rate.ErrorRate:P1} | {bar} |"));
        }

        output.WriteLine();
        output.WriteLine("## Recorded (rows) against calculated (columns)");
        output.WriteLine();
        output.WriteLine("| recorded \\ calculated | " + string.Join(" | ", audit.Labels.Select(l => Escape.Markdown(audit.Name(l)))) + " |");
        output.WriteLine("|---|" + string.Concat(audit.Labels.Select(_ => "---:|")));
        foreach (var row in audit.Labels)
        {
            output.WriteLine($"| {Escape.Markdown(audit.Name(row))} | " + string.Join(" | ", audit.Labels.Select(column => Count(audit, row, column))) + " |");
        }

        if (NotACategory(audit) is { } values)
        {
            output.WriteLine();
            output.WriteLine(Escape.Markdown(values));
        }

        output.WriteLine();
        output.WriteLine("## Mismatches by area and recorded category");
        var listed = 0;
        foreach (var area in audit.MismatchList.GroupBy(m => m.Area).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"### {Escape.Markdown(area.Key)} ({area.Count()})"));
            foreach (var recorded in area.GroupBy(m => m.Recorded).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                output.WriteLine();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"#### Recorded {Escape.Markdown(audit.Name(recorded.Key))} ({recorded.Count()})"));
                output.WriteLine();
                foreach (var mismatch in recorded.TakeWhile(_ => listed++ < ListedMismatches))
                {
                    output.WriteLine($"- **{Escape.Markdown(mismatch.Id)}** ({mismatch.Month}){AsRecorded(mismatch, Escape.Markdown)}: calculated {Escape.Markdown(audit.Name(mismatch.Calculated))}; likely {Audit.Describe(mismatch.Cause)}. {Escape.Markdown(mismatch.Result.Explanation!.Sentence)}");
                }
            }
        }

        if (audit.MismatchList.Count > ListedMismatches)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n{audit.MismatchList.Count - ListedMismatches} more; use --format json or --html for all."));
        }
    }

    public static void Json(TextWriter output, Audit audit, RuleSetVersion version)
    {
        JsonReport.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("ruleSetId", version.RuleSetId);
            json.WriteString("ruleSetVersion", version.Label);
            json.WriteString("ruleSetHash", version.Hash);
            json.WriteNumber("cases", audit.Cases);
            json.WriteNumber("mismatches", audit.Mismatches);
            if (audit.Cases == 0)
            {
                // No case had a recorded category: there is no rate, which 0 would misstate.
                json.WriteNull("errorRate");
            }
            else
            {
                json.WriteNumber("errorRate", Math.Round(audit.ErrorRate, 6));
            }

            json.WriteNumber("unreadable", audit.Unreadable);
            json.WriteNumber("notRecorded", audit.NotRecorded);
            Table(json, "byArea", audit.ByArea, null);
            Table(json, "byRecordedCategory", audit.ByRecorded, audit);
            Table(json, "byCalculatedCategory", audit.ByCalculated, audit);
            Table(json, "byMonth", audit.ByMonth, null);
            json.WriteStartArray("causesByArea");
            foreach (var (area, counts) in audit.CausesByArea)
            {
                json.WriteStartObject();
                json.WriteString("area", area);
                foreach (var cause in Audit.Causes)
                {
                    json.WriteNumber(Audit.NameOf(cause), counts[(int)cause]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("matrix");
            foreach (var row in audit.Labels)
            {
                foreach (var column in audit.Labels)
                {
                    var count = audit.Matrix.GetValueOrDefault((row, column));
                    if (count > 0)
                    {
                        json.WriteStartObject();
                        json.WriteString("recorded", row);
                        json.WriteString("calculated", column);
                        json.WriteNumber("cases", count);
                        json.WriteEndObject();
                    }
                }
            }

            json.WriteEndArray();
            json.WriteStartObject("notACategory");
            json.WriteNumber("cases", audit.ByRecorded.GetValueOrDefault(Audit.NotACategory).Cases);
            json.WriteNumber("distinct", audit.NotACategoryDistinct);
            json.WriteStartArray("examples");
            foreach (var example in audit.NotACategoryExamples)
            {
                json.WriteStringValue(example);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartArray("mismatchList");
            foreach (var mismatch in audit.MismatchList)
            {
                json.WriteStartObject();
                json.WriteString("id", mismatch.Id);
                json.WriteString("area", mismatch.Area);
                json.WriteString("month", mismatch.Month);
                json.WriteString("recorded", mismatch.AsRecorded);
                json.WriteString("calculated", mismatch.Calculated);
                json.WriteString("cause", Audit.NameOf(mismatch.Cause));
                json.WriteString("principalCode", mismatch.Result.PrincipalCharge?.Code);
                json.WriteString("explanation", mismatch.Result.Explanation!.Sentence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    public static void Html(TextWriter output, Audit audit, RuleSetVersion version, string input)
    {
        var max = audit.Matrix.Values.DefaultIfEmpty(1).Max();
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>POC audit</title><style>");
        output.WriteLine("body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:1rem 0}");
        output.WriteLine("th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:right;font-variant-numeric:tabular-nums}");
        output.WriteLine("th{background:#f4f4f4;text-align:left}th.col{writing-mode:vertical-rl;transform:rotate(180deg);text-align:left}");
        output.WriteLine("td.diag{outline:2px solid #2a7;outline-offset:-2px}caption{text-align:left;font-weight:600}");
        output.WriteLine("dl.totals{display:flex;gap:2rem}dl.totals dd{margin:0;font-size:1.6rem;font-weight:600}svg text{font-size:11px}");
        output.WriteLine("</style></head><body>");
        output.WriteLine($"<h1>POC audit of {Escape.Html(input)}</h1>");
        output.WriteLine($"<p>Rule set {Escape.Html(version.ToString())}. {Escape.Html(Summary(audit))}</p>");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<dl class=\"totals\"><div><dt>Cases</dt><dd id=\"cases\">{audit.Cases}</dd></div><div><dt>Mismatches</dt><dd id=\"mismatch-count\">{audit.Mismatches}</dd></div><div><dt>Error rate</dt><dd id=\"error-rate\">{Escape.Html(ErrorRate(audit))}</dd></div></dl>"));

        output.WriteLine("<h2>Likely causes of the mismatches, by area</h2>");
        output.WriteLine("<p>A live charge of the case has the recorded category: the lesser charge was picked. Only a charge removed before finalisation has it: the POC was not updated at finalisation. No charge has it: an entry error.</p>");
        output.WriteLine("<table id=\"causes\"><tr><th>area</th><th>mismatches</th>" + string.Concat(Audit.Causes.Select(c => $"<th>{Escape.Html(Audit.Describe(c))}</th>")) + "</tr>");
        foreach (var (area, counts) in audit.CausesByArea)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<tr><th>{Escape.Html(area)}</th><td>{counts.Sum()}</td>{string.Concat(counts.Select(n => $"<td>{n}</td>"))}</tr>"));
        }

        output.WriteLine("</table>");
        output.WriteLine("<h2>Trend by month of finalisation</h2>");
        TrendChart(output, audit.ByMonth);
        HtmlRates(output, "month", "Error rate by month of finalisation", audit.ByMonth, key => key);
        output.WriteLine("<h2>Recorded against calculated</h2>");
        output.WriteLine("<table id=\"matrix\"><caption>Recorded (rows) against calculated (columns); darker is more cases, red is a mismatch</caption><tr><th>recorded \\ calculated</th>");
        foreach (var column in audit.Labels)
        {
            output.WriteLine($"<th class=\"col\">{Escape.Html(audit.Name(column))}</th>");
        }

        output.WriteLine("</tr>");
        foreach (var row in audit.Labels)
        {
            output.Write($"<tr><th>{Escape.Html(audit.Name(row))}</th>");
            foreach (var column in audit.Labels)
            {
                var count = audit.Matrix.GetValueOrDefault((row, column));
                var strength = count == 0 ? 0 : 0.15 + (0.85 * Math.Log(1 + count) / Math.Log(1 + max));
                var hue = row == column ? "40,160,90" : "210,50,40";
                var style = count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" style=\"background:rgba({hue},{strength:F2})\"");
                var cls = row == column ? " class=\"diag\"" : string.Empty;
                output.Write(string.Create(CultureInfo.InvariantCulture, $"<td{cls}{style} title=\"{Escape.Html(audit.Name(row))} recorded, {Escape.Html(audit.Name(column))} calculated: {count}\">{(count == 0 ? string.Empty : count.ToString(CultureInfo.InvariantCulture))}</td>"));
            }

            output.WriteLine("</tr>");
        }

        output.WriteLine("</table>");
        if (NotACategory(audit) is { } values)
        {
            output.WriteLine($"<p id=\"not-a-category\">{Escape.Html(values)}</p>");
        }

        HtmlRates(output, "area", "Error rate by area", audit.ByArea, key => key);
        HtmlRates(output, "recorded", "Error rate by recorded category", audit.ByRecorded, audit.Name);
        HtmlRates(output, "calculated", "Error rate by calculated category", audit.ByCalculated, audit.Name);
        output.WriteLine("<h2>Mismatches by area and recorded category</h2><div id=\"mismatches\">");
        foreach (var area in audit.MismatchList.GroupBy(m => m.Area).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<details><summary>{Escape.Html(area.Key)} ({area.Count()})</summary>"));
            foreach (var recorded in area.GroupBy(m => m.Recorded).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<h3>Recorded {Escape.Html(audit.Name(recorded.Key))} ({recorded.Count()})</h3><ul>"));
                foreach (var mismatch in recorded)
                {
                    output.WriteLine($"<li><b>{Escape.Html(mismatch.Id ?? "(no id)")}</b> ({Escape.Html(mismatch.Month)}){AsRecorded(mismatch, Escape.Html)}: calculated {Escape.Html(audit.Name(mismatch.Calculated))}; likely {Escape.Html(Audit.Describe(mismatch.Cause))}. {Escape.Html(mismatch.Result.Explanation!.Sentence)}</li>");
                }

                output.WriteLine("</ul>");
            }

            output.WriteLine("</details>");
        }

        output.WriteLine("</div></body></html>");
    }

    // The monthly error rate as an SVG line, drawn without script: one point a month, the axis from 0 to the highest.
    private static void TrendChart(TextWriter output, SortedDictionary<string, Rate> byMonth)
    {
        const int Width = 720, Height = 200, Left = 48, Bottom = 24, Top = 10;
        var months = byMonth.ToList();
        var highest = Math.Max(0.01, months.Select(m => m.Value.ErrorRate).DefaultIfEmpty(0).Max());
        double X(int i) => months.Count < 2 ? Left : Left + ((Width - Left - 10) * i / (double)(months.Count - 1));
        double Y(double rate) => Top + ((Height - Top - Bottom) * (1 - (rate / highest)));
        var points = string.Join(" ", months.Select((m, i) => string.Create(CultureInfo.InvariantCulture, $"{X(i):F1},{Y(m.Value.ErrorRate):F1}")));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<svg id=\"trend\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"Error rate by month of finalisation\">"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - 10}\" y2=\"{Height - Bottom}\" stroke=\"#999\"/><line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#999\"/>"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<text x=\"2\" y=\"{Top + 8}\">{highest:P0}</text><text x=\"2\" y=\"{Height - Bottom}\">0 %</text>"));
        if (months.Count > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - 6}\">{months[0].Key}</text><text x=\"{Width - 60}\" y=\"{Height - 6}\">{months[^1].Key}</text>"));
        }

        output.WriteLine($"<polyline fill=\"none\" stroke=\"#c33\" stroke-width=\"2\" points=\"{points}\"/>");
        foreach (var (month, i) in months.Select((m, i) => (m, i)))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{X(i):F1}\" cy=\"{Y(month.Value.ErrorRate):F1}\" r=\"3\" fill=\"#c33\"><title>{month.Key}: {month.Value.Wrong} of {month.Value.Cases} ({month.Value.ErrorRate:P1})</title></circle>"));
        }

        output.WriteLine("</svg>");
    }

    // What the row of recorded values that are not categories holds: how many cases and distinct values, a few of them.
    private static string? NotACategory(Audit audit) =>
        audit.NotACategoryDistinct == 0 ? null
        : string.Create(CultureInfo.InvariantCulture, $"{audit.Name(Audit.NotACategory)}: {audit.ByRecorded[Audit.NotACategory].Cases} case(s) recorded {audit.NotACategoryDistinct} distinct value(s) that are not a category or outcome of this rule set, for example {string.Join(", ", audit.NotACategoryExamples.Select(v => $"'{v}'"))}.");

    // For a mismatch counted as not a category, what CMS recorded.
    private static string AsRecorded(AuditMismatch mismatch, Func<string, string> escape) =>
        mismatch.Recorded == Audit.NotACategory ? $" (recorded '{escape(mismatch.AsRecorded)}')" : string.Empty;

    // With no recorded category there is no error rate to give: "0.0 %" would read as a perfect record.
    private static string Summary(Audit audit) => audit.Cases == 0
        ? string.Create(CultureInfo.InvariantCulture, $"No case had a recorded category, so there was nothing to compare: {audit.NotRecorded} case(s) had no recorded category and {audit.Unreadable} could not be read.")
        : string.Create(CultureInfo.InvariantCulture, $"{audit.Cases} case(s) with a recorded category: {audit.Mismatches} mismatch(es), an error rate of {audit.ErrorRate:P1}. {audit.NotRecorded} case(s) had no recorded category and {audit.Unreadable} could not be read.");

    private static string ErrorRate(Audit audit) => audit.Cases == 0 ? "nothing to compare" : audit.ErrorRate.ToString("P1", CultureInfo.InvariantCulture);

    private static void Rates(TextWriter output, string heading, string what, SortedDictionary<string, Rate> table, Func<string, string> name)
    {
        output.WriteLine();
        output.WriteLine($"## {heading}");
        output.WriteLine();
        output.WriteLine($"| {what} | cases | mismatches | error rate |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var (key, rate) in table)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Escape.Markdown(name(key))} | {rate.Cases} | {rate.Wrong} | {rate.ErrorRate:P1} |"));
        }
    }

    private static void HtmlRates(TextWriter output, string id, string caption, SortedDictionary<string, Rate> table, Func<string, string> name)
    {
        output.WriteLine($"<table id=\"by-{id}\"><caption>{Escape.Html(caption)}</caption><tr><th></th><th>cases</th><th>mismatches</th><th>error rate</th></tr>");
        foreach (var (key, rate) in table)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<tr><th>{Escape.Html(name(key))}</th><td>{rate.Cases}</td><td>{rate.Wrong}</td><td>{rate.ErrorRate:P1}</td></tr>"));
        }

        output.WriteLine("</table>");
    }

    private static void Table(Utf8JsonWriter json, string property, SortedDictionary<string, Rate> table, Audit? named)
    {
        json.WriteStartArray(property);
        foreach (var (key, rate) in table)
        {
            json.WriteStartObject();
            json.WriteString("key", key);
            if (named is not null)
            {
                json.WriteString("name", named.Name(key));
            }

            json.WriteNumber("cases", rate.Cases);
            json.WriteNumber("mismatches", rate.Wrong);
            json.WriteNumber("errorRate", Math.Round(rate.ErrorRate, 6));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Count(Audit audit, string row, string column) =>
        audit.Matrix.GetValueOrDefault((row, column)) is var n && n > 0 ? n.ToString(CultureInfo.InvariantCulture) : string.Empty;
}
