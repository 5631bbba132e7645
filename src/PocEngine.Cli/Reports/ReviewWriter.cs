using System.Globalization;
using System.IO;
using System.Linq;
using PocEngine.Cli.Output;

using nietras.SeparatedValues;

namespace PocEngine.Cli.Reports;

// Writes the review as CSV (one row per code and section, for a spreadsheet) and as one self-contained HTML page. The
// CSV's act is the code's first four characters, which rules' act conditions match; citedAct is the Act its title cites.
internal static class ReviewWriter
{
    public const string CsvHeader = "section,rule,signal,category,act,code,title,mode,maxPenalty,maxPenaltySource,citedAct";

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
        var eligible = review.Eligible;
        var allEligible = version.Offences.Count(o => o.IsEligible);
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>POC rule review</title><style>");
        output.WriteLine("body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:90rem;line-height:1.4}table{border-collapse:collapse;margin:1rem 0}");
        output.WriteLine("th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f4f4f4}");
        output.WriteLine("td.n{text-align:right;font-variant-numeric:tabular-nums}tr.weak td{background:#fff6e0}details{margin:.4rem 0}summary{cursor:pointer}");
        output.WriteLine("code{font-size:.95em}.id{color:#666;font-size:.85em}ul.when{margin:0;padding-left:1.1rem}ul.when li{margin:.1rem 0}");
        output.WriteLine("td.reason{min-width:16rem;max-width:36rem}td.when{min-width:15rem;max-width:28rem;overflow-wrap:anywhere}p.none{color:#555;font-style:italic}td.rule,td.signal{white-space:nowrap}td.category{min-width:10rem}");
        output.WriteLine("</style></head><body>");
        output.WriteLine($"<h1>Rule review: {Escape.Html(version.ToString())}</h1>");
        if (review.Filtered)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<p id=\"filtered\"><strong>Filtered:</strong> the counts below are of the codes the filter kept, <span id=\"shown\">{eligible}</span> of the version's {allEligible} eligible offences.</p>"));
        }

        var evidence = review.Rules.Sum(r => r.Placed.Count);
        var share = eligible == 0 ? "none" : ((double)review.FallbackCount / eligible).ToString("P1", CultureInfo.InvariantCulture);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<p id=\"totals\"><span id=\"eligible\">{eligible}</span> eligible offences: <span id=\"evidence\">{evidence}</span> placed by {review.Rules.Count} evidence rule(s); <span id=\"fallback\">{review.FallbackCount}</span> ({share}) left to the fallback category, {Escape.Html(version.FallbackCategory.Name)}; <span id=\"derived\">{review.DerivedMaxima.Count}</span> maximum penalties derived rather than given.</p>"));
        output.WriteLine("<p>Read each rule's conditions and reason, then its codes: sign a rule off only where a careful reader would put every code it places in its category. A rule matches a code when every condition it gives holds, and a condition holds when any of its values matches (an Act is the code's first four characters; a title pattern is a regular expression that ignores case). Rules on one signal alone (an Act, or a title in any Act) are shaded.</p>");

        output.WriteLine("<h2>Evidence rules</h2>");
        if (review.Rules.Count == 0)
        {
            output.WriteLine("<p class=\"none\">No evidence rule places a code the filter kept.</p>");
        }
        else
        {
            Rules(output, review);
        }

        Fallback(output, review);
        output.WriteLine("<h2>Derived maximum penalties</h2>");
        if (review.DerivedMaxima.Count == 0)
        {
            output.WriteLine("<p class=\"none\">No maximum penalty is derived for a code the filter kept.</p>");
        }
        else
        {
            output.WriteLine("<table id=\"maxima\"><tr><th>code</th><th>maximum</th><th>from</th><th>title</th></tr>");
            foreach (var offence in review.DerivedMaxima)
            {
                output.WriteLine($"<tr><td><code>{Escape.Html(offence.Code)}</code></td><td>{Escape.Html(offence.MaximumPenalty?.ToString() ?? "-")}</td><td>{Escape.Html(PocNames.Of(offence.MaximumPenaltySource))}</td><td>{Escape.Html(offence.DisplayTitle)}</td></tr>");
            }

            output.WriteLine("</table>");
        }

        output.WriteLine("</body></html>");
    }

    private static void Rules(TextWriter output, Review review)
    {
        output.WriteLine("<table id=\"rules\"><tr><th>rule</th><th>category</th><th>conditions</th><th>signal</th><th>codes</th><th>reason</th></tr>");
        foreach (var rule in review.Rules)
        {
            var weak = rule.OneSignal ? " class=\"weak\"" : string.Empty;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<tr{weak}><td class=\"rule\"><a href=\"#rule-{Escape.Html(rule.Rule.Id)}\"><code>{Escape.Html(rule.Rule.Id)}</code></a></td><td class=\"category\">{CategoryCell(rule)}</td><td class=\"when\">{Conditions(rule)}</td><td class=\"signal\">{Escape.Html(rule.Signal)}</td><td class=\"n\">{rule.Placed.Count}</td><td class=\"reason\">{Escape.Html(rule.Rule.Reason ?? "-")}</td></tr>"));
        }

        output.WriteLine("</table>");
        foreach (var rule in review.Rules)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<details id=\"rule-{Escape.Html(rule.Rule.Id)}\"><summary><code>{Escape.Html(rule.Rule.Id)}</code>: {rule.Placed.Count} code(s) placed in {CategoryCell(rule)}</summary>"));
            Offences(output, rule.Placed);
            output.WriteLine("</details>");
        }
    }

    // The codes no rule places, by the Act their title cites; the codes whose title cites none come first, as one group.
    private static void Fallback(TextWriter output, Review review)
    {
        var cited = review.Fallback.Where(g => g.Act != ActCitation.NoActNamed).ToList();
        output.WriteLine($"<h2>Left to the fallback category, {Escape.Html(review.Version.FallbackCategory.Name)}</h2>");
        if (review.Fallback.Count == 0)
        {
            output.WriteLine("<p class=\"none\">No code the filter kept is left to the fallback.</p>");
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<p>No category rule matches these codes. They are grouped by the Act the offence's title cites (\u201cContrary to section 139(5) of the Highways Act 1980\u201d): {cited.Sum(g => g.Offences.Count)} code(s) cite {cited.Count} Act(s); {review.FallbackCount - cited.Sum(g => g.Offences.Count)} cite none and are together under \u201cno Act named\u201d, first.</p>"));
        output.WriteLine("<div id=\"fallback-groups\">");
        foreach (var (act, offences) in review.Fallback)
        {
            var name = act == ActCitation.NoActNamed ? $"<em>{Escape.Html(act)}</em>" : Escape.Html(act);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<details class=\"fallback\"><summary>{name}: {offences.Count} code(s)</summary>"));
            Offences(output, offences);
            output.WriteLine("</details>");
        }

        output.WriteLine("</div>");
    }

    // The category by its name, with its id after it (the id is what rule files and poc offences write).
    private static string CategoryCell(ReviewedRule rule) => rule.Category is { } category
        ? $"{Escape.Html(category.Name)} <span class=\"id\">(<code>{Escape.Html(category.Id)}</code>)</span>"
        : Escape.Html(rule.Rule.CategoryId ?? "-");

    // The rule's conditions, one a line: its key and its values (title patterns as code, since they are expressions).
    private static string Conditions(ReviewedRule rule) =>
        "<ul class=\"when\">" + string.Concat(rule.Conditions.Select(c => $"<li>{Escape.Html(c.Key)}: {string.Join(" or ", c.Values.Select(v => $"<code>{Escape.Html(v)}</code>"))}</li>")) + "</ul>";

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
        row["citedAct"].Cell(ActCitation.Of(offence.Title));
    }
}
