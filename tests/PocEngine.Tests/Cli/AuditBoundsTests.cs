using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using PocEngine.Cli.Reports;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Cli;

// An audit is as large as the rule set's categories make it, not as the file's made-up values do: every recorded value
// that is not a category is one row and column, counted and sampled. Before, 6,000 made-up values wrote 2.4 GB.
public sealed class AuditBoundsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("poc-audit-bounds-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Audit_ThousandsOfMadeUpCategories_KeepsTheMatrixCategoriesByCategories()
    {
        var small = Audit(300);
        var large = Audit(3_000);

        var categories = DefaultRules.RuleSet.Latest.Categories.Count;
        foreach (var run in new[] { small, large })
        {
            var report = JsonDocument.Parse(run.Json).RootElement;
            var labels = report.GetProperty("matrix").EnumerateArray().Select(c => c.GetProperty("recorded").GetString()).Distinct().ToList();
            Assert.Equal(["robbery", PocEngine.Cli.Reports.Audit.NotACategory], labels);
            Assert.True(report.GetProperty("byRecordedCategory").GetArrayLength() <= categories + 3);
        }

        var notACategory = JsonDocument.Parse(large.Json).RootElement.GetProperty("notACategory");
        Assert.Equal((3_000, 3_000), (notACategory.GetProperty("cases").GetInt32(), notACategory.GetProperty("distinct").GetInt32()));
        Assert.Equal(["made-up-0", "made-up-1", "made-up-10"], notACategory.GetProperty("examples").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("Not a category of this rule set: 3000 case(s) recorded 3000 distinct value(s) that are not a category or outcome of this rule set, for example 'made-up-0', 'made-up-1', 'made-up-10'.", large.Markdown, StringComparison.Ordinal);

        // Ten times the made-up values: the Markdown (which lists at most 500 mismatches) hardly grows, and the HTML
        // and JSON (which list every mismatch) grow with the cases, not with their square.
        Assert.True(large.Markdown.Length < small.Markdown.Length * 2, $"{small.Markdown.Length} then {large.Markdown.Length} characters of Markdown");
        Assert.True(large.Html.Length < small.Html.Length * 12, $"{small.Html.Length} then {large.Html.Length} characters of HTML");
        Assert.True(large.Markdown.Length < 400_000 && large.Html.Length < 3_000_000 && large.Json.Length < 3_000_000, $"{large.Markdown.Length}, {large.Html.Length}, {large.Json.Length}");
    }

    [Fact]
    public void Audit_MismatchWithAMadeUpCategory_ShowsWhatWasRecorded()
    {
        var run = Audit(1);

        Assert.Contains("(recorded 'made-up-0'): calculated Robbery; likely entry error.", run.Markdown, StringComparison.Ordinal);
        Assert.Contains("\"recorded\": \"made-up-0\"", run.Json, StringComparison.Ordinal);
        Assert.Contains("<p id=\"not-a-category\">Not a category of this rule set: 1 case(s)", run.Html, StringComparison.Ordinal);
    }

    // n cases recorded with n distinct made-up categories, and one recorded rightly.
    private (string Markdown, string Json, string Html) Audit(int n)
    {
        var input = Path.Combine(folder, $"cases-{n}.jsonl");
        var html = Path.Combine(folder, $"audit-{n}.html");
        File.WriteAllLines(input, Enumerable.Range(0, n + 1).Select(i =>
            $$"""{"id":"C-{{i.ToString(CultureInfo.InvariantCulture)}}","area":"North","recordedCategory":"{{(i == n ? "robbery" : "made-up-" + i.ToString(CultureInfo.InvariantCulture))}}","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"TH68023"}]}"""));

        var markdown = PocProcess.InProcess("audit", "--input", input, "--html", html);
        var json = PocProcess.InProcess("audit", "--input", input, "--format", "json");

        Assert.True(markdown.ExitCode == 0 && json.ExitCode == 0, markdown.Error + json.Error);
        return (markdown.Output, json.Output, File.ReadAllText(html));
    }
}
