using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Xunit;

namespace PocEngine.BrowserTests;

// 'poc audit --html' on the sample corpus, opened in headless Chromium: the totals and the matrix a data quality lead
// reads on the rendered page are the ones worked out here, independently of the report writer, from the case file and
// the library's calculator.
public sealed class AuditPageTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string ChromeDriver = "/usr/bin/chromedriver";

    [Fact]
    public void AuditPage_SampleCorpus_RendersTheTotalsAndTheMatrixOfTheCases()
    {
        Assert.True(File.Exists(Chromium) && File.Exists(ChromeDriver), "Install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver); .ci/run does when they are missing.");
        var cases = Path.Combine(Root(), "samples", "cases", "cases.jsonl");
        var page = Path.Combine(Path.GetTempPath(), $"poc-audit-{Guid.NewGuid():N}.html");
        var expected = Expected(cases);
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            Assert.True(PocEngine.Cli.Program.Run(["audit", "--input", cases, "--html", page], output, error, TestContext.Current.CancellationToken) == 0, error.ToString());

            var options = new ChromeOptions { BinaryLocation = Chromium };
            options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000");
            using var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
            service.HideCommandPromptWindow = true;
            using var browser = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
            browser.Navigate().GoToUrl(new Uri(page).AbsoluteUri);

            Assert.Equal("POC audit", browser.Title);
            Assert.Equal(expected.Cases.ToString(CultureInfo.InvariantCulture), browser.FindElement(By.Id("cases")).Text);
            Assert.Equal(expected.Mismatches.ToString(CultureInfo.InvariantCulture), browser.FindElement(By.Id("mismatch-count")).Text);
            Assert.Equal(((double)expected.Mismatches / expected.Cases).ToString("P1", CultureInfo.InvariantCulture), browser.FindElement(By.Id("error-rate")).Text);

            // The matrix as rendered: the column headings (rotated) are category names, each row's cells sum to its
            // row's cases, and every cell is the count of cases with that recorded and calculated category.
            var rows = browser.FindElements(By.CssSelector("#matrix tr"));
            var columns = rows[0].FindElements(By.CssSelector("th.col")).Select(th => th.Text).ToList();
            Assert.Contains("Robbery", columns);
            Assert.Contains("Offences Against The Person", columns);
            Assert.All(rows[0].FindElements(By.CssSelector("th.col")), th => Assert.True(th.Size.Height > th.Size.Width, $"The heading '{th.Text}' is not drawn rotated."));
            long total = 0, diagonal = 0;
            foreach (var row in rows.Skip(1))
            {
                var recorded = row.FindElement(By.TagName("th")).Text;
                var cells = row.FindElements(By.TagName("td")).Select(td => td.Text.Length == 0 ? 0 : long.Parse(td.Text, CultureInfo.InvariantCulture)).ToList();
                Assert.Equal(columns.Count, cells.Count);
                for (var i = 0; i < cells.Count; i++)
                {
                    Assert.Equal(expected.Matrix.GetValueOrDefault((recorded, columns[i])), cells[i]);
                    total += cells[i];
                    diagonal += recorded == columns[i] ? cells[i] : 0;
                }
            }

            Assert.Equal(expected.Cases, total);
            Assert.Equal(expected.Cases - expected.Mismatches, diagonal);
            var trend = browser.FindElement(By.Id("trend"));
            Assert.True(trend.Displayed && trend.Size.Width > 600, "The trend chart is not drawn.");
            Assert.Equal(expected.Months, trend.FindElements(By.TagName("circle")).Count);
        }
        finally
        {
            File.Delete(page);
        }
    }

    // The audit's figures from the case file and PocCalculator alone, with category names from the rule set.
    private static (long Cases, long Mismatches, Dictionary<(string, string), long> Matrix, int Months) Expected(string file)
    {
        var calculator = new PocCalculator(RuleSet.Default);
        var version = RuleSet.Default.Latest;
        string Name(string label) => version.TryGetCategory(label, out var c) ? c.Name : label == "admin-finalised" ? "Administratively finalised" : label == "undetermined" ? "Undetermined" : label;
        var matrix = new Dictionary<(string, string), long>();
        var months = new HashSet<string>(StringComparer.Ordinal);
        long cases = 0, mismatches = 0;
        foreach (var line in File.ReadLines(file))
        {
            var json = JsonDocument.Parse(line).RootElement;
            var finalisedOn = DateOnly.ParseExact(json.GetProperty("finalisedOn").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var finalisation = json.GetProperty("finalisation").GetString() switch
            {
                "conviction" => FinalisationKind.Conviction,
                "unsuccessful" => FinalisationKind.Unsuccessful,
                _ => FinalisationKind.Administrative,
            };
            var charges = json.GetProperty("charges").EnumerateArray().Select(c => new Charge(c.GetProperty("code").GetString()!)
            {
                RemovedBeforeFinalisation = c.TryGetProperty("removedBeforeFinalisation", out var removed) && removed.GetBoolean(),
            });
            var result = calculator.Calculate(new DefendantCase(finalisedOn, finalisation, charges));
            var calculated = result.Outcome == PocOutcome.Determined ? result.Category!.Id : result.Outcome == PocOutcome.AdminFinalised ? "admin-finalised" : "undetermined";
            var recorded = json.GetProperty("recordedCategory").GetString()!;
            cases++;
            mismatches += recorded == calculated ? 0 : 1;
            matrix[(Name(recorded), Name(calculated))] = matrix.GetValueOrDefault((Name(recorded), Name(calculated))) + 1;
            months.Add(finalisedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        return (cases, mismatches, matrix, months.Count);
    }

    private static string Root()
    {
        var folder = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "PocEngine.sln")))
        {
            folder = Path.GetDirectoryName(folder) ?? throw new DirectoryNotFoundException("The repository root (PocEngine.sln) is not above the test's folder.");
        }

        return folder;
    }
}
