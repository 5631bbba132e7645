using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;

using PocEngine.Cli.Output;

namespace PocEngine.Cli.Reports;

// Renders an audit as Markdown, JSON or a self-contained HTML page with the confusion matrix as a heat map.
internal static class AuditWriter
{
    private const int ListedMismatches = 500;

    public static void Markdown(TextWriter output, Audit audit, RuleSetVersion version, string input)
    {
        output.WriteLine($"# POC audit of {input}");
        output.WriteLine();
        output.WriteLine($"Rule set {version}. {Summary(audit)}");
        output.WriteLine();
        output.WriteLine("## By area");
        output.WriteLine();
        Rates(output, audit.ByArea, "area");
        output.WriteLine();
        output.WriteLine("## By calculated category");
        output.WriteLine();
        Rates(output, audit.ByCategory, "category");
        output.WriteLine();
        output.WriteLine("## Recorded (rows) against calculated (columns)");
        output.WriteLine();
        output.WriteLine("| recorded \\ calculated | " + string.Join(" | ", audit.Labels) + " |");
        output.WriteLine("|---|" + string.Concat(audit.Labels.Select(_ => "---:|")));
        foreach (var row in audit.Labels)
        {
            output.WriteLine($"| {row} | " + string.Join(" | ", audit.Labels.Select(column => Count(audit, row, column))) + " |");
        }

        output.WriteLine();
        output.WriteLine("## Mismatches");
        foreach (var mismatch in audit.MismatchList.Take(ListedMismatches))
        {
            output.WriteLine();
            output.WriteLine($"- **{mismatch.Id}** ({mismatch.Area ?? Audit.UnknownArea}): recorded {mismatch.Recorded}, calculated {mismatch.Calculated}. {mismatch.Result.Explanation!.Sentence}");
        }

        if (audit.MismatchList.Count > ListedMismatches)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n{audit.MismatchList.Count - ListedMismatches} more; use --format json for all."));
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
            json.WriteNumber("errorRate", Math.Round(audit.ErrorRate, 6));
            json.WriteNumber("unreadable", audit.Unreadable);
            json.WriteNumber("notRecorded", audit.NotRecorded);
            Table(json, "byArea", audit.ByArea);
            Table(json, "byCategory", audit.ByCategory);
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
            json.WriteStartArray("mismatchList");
            foreach (var mismatch in audit.MismatchList)
            {
                json.WriteStartObject();
                json.WriteString("id", mismatch.Id);
                json.WriteString("area", mismatch.Area);
                json.WriteString("recorded", mismatch.Recorded);
                json.WriteString("calculated", mismatch.Calculated);
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
        output.WriteLine("</style></head><body>");
        output.WriteLine($"<h1>POC audit of {Encode(input)}</h1>");
        output.WriteLine($"<p>Rule set {Encode(version.ToString())}. {Encode(Summary(audit))}</p>");
        output.WriteLine("<table id=\"matrix\"><caption>Recorded (rows) against calculated (columns); darker is more cases, red is a mismatch</caption><tr><th>recorded \\ calculated</th>");
        foreach (var column in audit.Labels)
        {
            output.WriteLine($"<th class=\"col\">{Encode(column)}</th>");
        }

        output.WriteLine("</tr>");
        foreach (var row in audit.Labels)
        {
            output.Write($"<tr><th>{Encode(row)}</th>");
            foreach (var column in audit.Labels)
            {
                var count = audit.Matrix.GetValueOrDefault((row, column));
                var strength = count == 0 ? 0 : 0.15 + (0.85 * Math.Log(1 + count) / Math.Log(1 + max));
                var hue = row == column ? "40,160,90" : "210,50,40";
                var style = count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" style=\"background:rgba({hue},{strength:F2})\"");
                var cls = row == column ? " class=\"diag\"" : string.Empty;
                output.Write(string.Create(CultureInfo.InvariantCulture, $"<td{cls}{style} title=\"{Encode(row)} recorded, {Encode(column)} calculated: {count}\">{(count == 0 ? string.Empty : count.ToString(CultureInfo.InvariantCulture))}</td>"));
            }

            output.WriteLine("</tr>");
        }

        output.WriteLine("</table>");
        HtmlRates(output, "Error rate by area", audit.ByArea);
        HtmlRates(output, "Error rate by calculated category", audit.ByCategory);
        output.WriteLine("<h2>Mismatches</h2><ul id=\"mismatches\">");
        foreach (var mismatch in audit.MismatchList)
        {
            output.WriteLine($"<li><b>{Encode(mismatch.Id ?? "(no id)")}</b> ({Encode(mismatch.Area ?? Audit.UnknownArea)}): recorded {Encode(mismatch.Recorded)}, calculated {Encode(mismatch.Calculated)}. {Encode(mismatch.Result.Explanation!.Sentence)}</li>");
        }

        output.WriteLine("</ul></body></html>");
    }

    private static string Summary(Audit audit) =>
        string.Create(CultureInfo.InvariantCulture, $"{audit.Cases} case(s) with a recorded category: {audit.Mismatches} mismatch(es), an error rate of {audit.ErrorRate:P1}. {audit.NotRecorded} case(s) had no recorded category and {audit.Unreadable} could not be read.");

    private static void Rates(TextWriter output, System.Collections.Generic.SortedDictionary<string, (long Cases, long Wrong)> table, string what)
    {
        output.WriteLine($"| {what} | cases | mismatches | error rate |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var (key, (cases, wrong)) in table)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {key} | {cases} | {wrong} | {(double)wrong / cases:P1} |"));
        }
    }

    private static void HtmlRates(TextWriter output, string caption, System.Collections.Generic.SortedDictionary<string, (long Cases, long Wrong)> table)
    {
        output.WriteLine($"<table><caption>{Encode(caption)}</caption><tr><th></th><th>cases</th><th>mismatches</th><th>error rate</th></tr>");
        foreach (var (key, (cases, wrong)) in table)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<tr><th>{Encode(key)}</th><td>{cases}</td><td>{wrong}</td><td>{(double)wrong / cases:P1}</td></tr>"));
        }

        output.WriteLine("</table>");
    }

    private static void Table(Utf8JsonWriter json, string name, System.Collections.Generic.SortedDictionary<string, (long Cases, long Wrong)> table)
    {
        json.WriteStartArray(name);
        foreach (var (key, (cases, wrong)) in table)
        {
            json.WriteStartObject();
            json.WriteString("key", key);
            json.WriteNumber("cases", cases);
            json.WriteNumber("mismatches", wrong);
            json.WriteNumber("errorRate", Math.Round((double)wrong / cases, 6));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Count(Audit audit, string row, string column) =>
        audit.Matrix.GetValueOrDefault((row, column)) is var n && n > 0 ? n.ToString(CultureInfo.InvariantCulture) : string.Empty;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
