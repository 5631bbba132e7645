using System.Globalization;
using System.IO;
using System.Linq;
using PocEngine.Cli.Output;

using nietras.SeparatedValues;

namespace PocEngine.Cli.Reports;

// Writes the review as CSV (one row per code and section, for a spreadsheet) and as one self-contained HTML page.
internal static class ReviewWriter
{
    public const string CsvHeader = "section,rule,signal,category,act,code,title,mode,maxPenalty,maxPenaltySource";

    public static void Csv(TextWriter output, Review review)
    {
        using var csv = CsvOutput.Writer(output);
        foreach (var rule in review.Rules)
        {
            foreach (var offence in rule.Placed)
            {
                Row(csv, "rule", rule.Rule.Id, rule.Signal, offence);
            }
        }

        foreach (var (_, offences) in review.Fallback)
        {
            foreach (var offence in offences)
            {
                Row(csv, "fallback", ClassifiedBy.Fallback, string.Empty, offence);
            }
        }

        foreach (var offence in review.DerivedMaxima)
        {
            Row(csv, "derived-maximum", offence.ClassifiedBy, string.Empty, offence);
        }
    }

    public static void Html(TextWriter output, Review review)
    {
        var version = review.Version;
        var eligible = version.Offences.Count(o => o.IsEligible);
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>POC rule review</title><style>");
        output.WriteLine("body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:80rem}table{border-collapse:collapse;margin:1rem 0}");
        output.WriteLine("th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f4f4f4}");
        output.WriteLine("td.n{text-align:right;font-variant-numeric:tabular-nums}tr.weak td{background:#fff6e0}details{margin:.4rem 0}summary{cursor:pointer}");
        output.WriteLine("code{font-size:.95em}");
        output.WriteLine("</style></head><body>");
        output.WriteLine($"<h1>Rule review: {Escape.Html(version.ToString())}</h1>");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<p id=\"totals\"><span id=\"eligible\">{eligible}</span> eligible offences; <span id=\"evidence\">{review.Rules.Sum(r => r.Placed.Count)}</span> placed by {review.Rules.Count} evidence rules; <span id=\"fallback\">{review.FallbackCount}</span> left to the fallback ({(double)review.FallbackCount / eligible:P1}); <span id=\"derived\">{review.DerivedMaxima.Count}</span> maxima derived.</p>"));
        output.WriteLine("<p>Read each rule's reason, then its codes: sign a rule off only where a careful reader would put every code it places in its category. Rules on one signal alone (an Act, or a title in any Act) are shaded.</p>");

        output.WriteLine("<h2>Evidence rules</h2>");
        output.WriteLine("<table id=\"rules\"><tr><th>rule</th><th>category</th><th>signal</th><th>codes</th><th>reason</th></tr>");
        foreach (var rule in review.Rules)
        {
            var weak = rule.OneSignal ? " class=\"weak\"" : string.Empty;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<tr{weak}><td><a href=\"#rule-{Escape.Html(rule.Rule.Id)}\"><code>{Escape.Html(rule.Rule.Id)}</code></a></td><td>{Escape.Html(rule.Rule.CategoryId ?? "-")}</td><td>{Escape.Html(rule.Signal)}</td><td class=\"n\">{rule.Placed.Count}</td><td>{Escape.Html(rule.Rule.Reason!)}</td></tr>"));
        }

        output.WriteLine("</table>");
        foreach (var rule in review.Rules)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<details id=\"rule-{Escape.Html(rule.Rule.Id)}\"><summary><code>{Escape.Html(rule.Rule.Id)}</code>: {rule.Placed.Count} code(s) placed in {Escape.Html(rule.Rule.CategoryId ?? "-")}</summary>"));
            Offences(output, rule.Placed);
            output.WriteLine("</details>");
        }

        output.WriteLine("<h2>Left to the fallback, by Act</h2>");
        foreach (var (act, offences) in review.Fallback)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<details class=\"fallback\"><summary><code>{Escape.Html(act)}</code>: {offences.Count} code(s)</summary>"));
            Offences(output, offences);
            output.WriteLine("</details>");
        }

        output.WriteLine("<h2>Derived maximum penalties</h2>");
        output.WriteLine("<table id=\"maxima\"><tr><th>code</th><th>maximum</th><th>from</th><th>title</th></tr>");
        foreach (var offence in review.DerivedMaxima)
        {
            output.WriteLine($"<tr><td><code>{Escape.Html(offence.Code)}</code></td><td>{Escape.Html(offence.MaximumPenalty?.ToString() ?? "-")}</td><td>{Escape.Html(PocNames.Of(offence.MaximumPenaltySource))}</td><td>{Escape.Html(offence.DisplayTitle)}</td></tr>");
        }

        output.WriteLine("</table></body></html>");
    }

    private static void Offences(TextWriter output, System.Collections.Generic.IReadOnlyList<Offence> offences)
    {
        output.WriteLine("<table><tr><th>code</th><th>mode</th><th>max</th><th>title</th></tr>");
        foreach (var offence in offences)
        {
            output.WriteLine($"<tr><td><code>{Escape.Html(offence.Code)}</code></td><td>{Escape.Html(offence.CjsCategory)}</td><td>{Escape.Html(offence.MaximumPenalty?.ToString() ?? "-")}</td><td>{Escape.Html(offence.DisplayTitle)}</td></tr>");
        }

        output.WriteLine("</table>");
    }

    private static void Row(SepWriter csv, string section, string rule, string signal, Offence offence)
    {
        using var row = csv.NewRow();
        row["section"].Cell(section);
        row["rule"].Cell(rule);
        row["signal"].Cell(signal);
        row["category"].Cell(offence.Category?.Id);
        row["act"].Cell(offence.Act);
        row["code"].Cell(offence.Code);
        row["title"].Cell(offence.Title);
        row["mode"].Cell(offence.CjsCategory);
        row["maxPenalty"].Cell(offence.MaximumPenalty?.ToString());
        row["maxPenaltySource"].Cell(offence.MaximumPenaltySource == MaximumPenaltySource.None ? string.Empty : PocNames.Of(offence.MaximumPenaltySource));
    }
}
