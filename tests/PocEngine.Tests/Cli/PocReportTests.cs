using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Cli;

// End-to-end tests of the reports: explain, diff and audit, and CSV input.
public sealed class PocReportTests
{
    private const string ChangedVersion = """
          - version: "2027.1"
            effective-from: 2027-01-01
            changes: versions/2027.1.yaml
        """;

    [Fact]
    public void Explain_InlineCase_PrintsTheRankedTableAndTheSentence()
    {
        var run = PocProcess.Run("explain", "--case", """{"id":"A","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"OF61102","seq":2},{"code":"TH68023","seq":1}]}""");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd()).ToArray();
        Assert.StartsWith("Outcome: determined, Robbery (robbery), decided by mode-of-trial", lines[1], StringComparison.Ordinal);
        Assert.Matches(@"^rank\s+code\s+status\s+mode\s+max\s+category\s+placed by\s+title$", lines[3]);
        Assert.Matches(@"^1\s+TH68023 #1\s+counted\s+CI\s+life\s+robbery\s+home-office-robbery\s+Robbery$", lines[4]);
        Assert.Matches(@"^2\s+OF61102 #2\s+counted\s+CE\s+5y\s+offences-against-the-person\s+home-office-violence\s+Assault", lines[5]);
        Assert.Contains("Robbery (TH68023, indictable-only) outranks", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Output); // redirected output: no colour codes
        Assert.DoesNotContain('─', run.Output); // and no box drawing to get in the way of grep
    }

    [Fact]
    public void Explain_ById_FindsTheCaseInTheFile()
    {
        var run = PocProcess.Run("explain", "--input", "samples/cases/cases.jsonl", "--id", "C-00005");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Case C-00005, finalised 2025-07-22 (conviction)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_UnknownId_ExitsTwo()
    {
        var run = PocProcess.Run("explain", "--input", "samples/cases/cases.jsonl", "--id", "NOPE");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("No readable case with id 'NOPE'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_SameRules_ReportsNothingAndPassesFailOnChange()
    {
        var run = PocProcess.Run("diff", "--from", "rules/cps", "--to", "rules/cps", "--cases", "samples/cases/cases.jsonl", "--fail-on-change");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No offence or policy differs.", run.Output, StringComparison.Ordinal);
        Assert.Contains("1200 case(s) calculated (0 unreadable): 0 change category, 0 change principal charge.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_NewVersion_ReportsOffenceChangesAndTheImpactOnCases()
    {
        using var folder = TempRules.CopyOfDefaultWith("versions/2027.1.yaml", "offence-overrides:\n  - {code: AS14006, reason: test, category: offences-against-the-person}\noffences:\n  - {code: TH68023, title: \"Robbery\", mode: CI, ho-class: \"034/01\", max: 14y}\n");
        File.AppendAllText(Path.Combine(folder.Path, "ruleset.yaml"), ChangedVersion.Replace("        ", string.Empty, StringComparison.Ordinal) + "\n");
        var cases = Path.Combine(folder.Path, "cases.jsonl");
        File.WriteAllLines(cases, [
            """{"id":"W","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"AS14006"},{"code":"AA97002"}]}""",
            """{"id":"R","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"TH68023"}]}""",
        ]);

        var markdown = PocProcess.Run("diff", "--rules", folder.Path, "--from", "2026.1", "--to", "2027.1", "--cases", cases, "--fail-on-change");
        var json = PocProcess.Run("diff", "--rules", folder.Path, "--from", "2026.1", "--to", "2027.1", "--cases", cases, "--format", "json");

        Assert.Equal(1, markdown.ExitCode);
        Assert.Contains("| AS14006 | recategorised | all-other-offences-excluding-motoring | offences-against-the-person | FAIL TO COMPLY WITH A PUBLIC SPACES PROTECTION ORDER |", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("| TH68023 | maximum-changed | life | 14y | Robbery |", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("2 case(s) calculated (0 unreadable): 1 change category, 1 change principal charge.", markdown.Output, StringComparison.Ordinal);
        var report = JsonDocument.Parse(json.Output).RootElement;
        var changed = Assert.Single(report.GetProperty("impact").GetProperty("changedCases").EnumerateArray());
        Assert.Equal("W", changed.GetProperty("id").GetString());
        Assert.Equal("all-other-offences-excluding-motoring", changed.GetProperty("from").GetString());
        Assert.Equal("AA97002", changed.GetProperty("principalFrom").GetString());
        Assert.Equal("AS14006", changed.GetProperty("principalTo").GetString());
        Assert.Equal("offences-against-the-person", changed.GetProperty("to").GetString());
        Assert.Equal(0, json.ExitCode);
    }

    [Fact]
    public void Diff_UnknownReference_ExitsTwo()
    {
        var run = PocProcess.Run("diff", "--from", "1999.1", "--to", "rules/cps");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'1999.1' names neither a rules folder nor a version", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Output_WritesTheReportToTheFileInsteadOfStandardOutput()
    {
        var path = Path.Combine(Path.GetTempPath(), $"poc-audit-{Guid.NewGuid():N}.json");
        try
        {
            var toFile = PocProcess.Run("audit", "--input", "samples/cases/cases.jsonl", "--format", "json", "--output", path);
            var toStandardOutput = PocProcess.Run("audit", "--input", "samples/cases/cases.jsonl", "--format", "json");

            Assert.Equal(0, toFile.ExitCode);
            Assert.Equal(string.Empty, toFile.Output);
            Assert.Equal(toStandardOutput.Output, File.ReadAllText(path));
            Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".poc-partial-*"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Audit_SampleCorpus_FindsTheDeliberateMistakesInEveryFormat()
    {
        var html = Path.Combine(Path.GetTempPath(), $"poc-audit-{Guid.NewGuid():N}.html");
        var markdown = PocProcess.Run("audit", "--input", "samples/cases/cases.jsonl", "--html", html);
        var json = PocProcess.Run("audit", "--input", "samples/cases/cases.jsonl", "--format", "json");
        try
        {
            Assert.Equal(0, markdown.ExitCode);
            var report = JsonDocument.Parse(json.Output).RootElement;
            var expected = File.ReadLines(Path.Combine(Repository.Root, "samples", "cases", "cases.jsonl")).Count();
            Assert.Equal(expected, report.GetProperty("cases").GetInt64());
            var mismatches = report.GetProperty("mismatches").GetInt64();
            Assert.InRange(mismatches, 60, 200);
            Assert.Equal(mismatches, report.GetProperty("mismatchList").GetArrayLength());
            Assert.Equal(mismatches, report.GetProperty("byArea").EnumerateArray().Sum(a => a.GetProperty("mismatches").GetInt64()));
            Assert.Equal(expected, report.GetProperty("matrix").EnumerateArray().Sum(c => c.GetProperty("cases").GetInt64()));
            Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{mismatches} mismatch(es)"), markdown.Output, StringComparison.Ordinal);

            var page = File.ReadAllText(html);
            Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
            Assert.Contains("<table id=\"matrix\">", page, StringComparison.Ordinal);
            Assert.Contains("<th class=\"col\">Robbery</th>", page, StringComparison.Ordinal);
            Assert.Contains("<th>Offences Against The Person</th>", page, StringComparison.Ordinal);
            Assert.Contains("<svg id=\"trend\"", page, StringComparison.Ordinal);
            Assert.Contains("Merseyside &amp; Cheshire", page, StringComparison.Ordinal);
            Assert.Equal(mismatches, page.Split("<li>").Length - 1);
            Assert.DoesNotContain("<script", page, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(html);
        }
    }

    // Three mismatches, one of each likely cause, and a match; the areas and months as a data quality lead reads them.
    [Fact]
    public void Audit_Mismatches_AreGivenTheirLikelyCauseCountedByAreaAndMonth()
    {
        var cases = Path.Combine(Path.GetTempPath(), $"poc-audit-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(cases, [
            // Robbery was removed before finalisation and the POC still says robbery: not updated at finalisation.
            """{"id":"stale","area":"Wessex","finalisedOn":"2025-01-10","finalisation":"conviction","charges":[{"code":"TH68023","removedBeforeFinalisation":true},{"code":"CD71001"}],"recordedCategory":"robbery"}""",
            // Robbery is principal; criminal damage, also live, was recorded: the lesser charge picked.
            """{"id":"lesser","area":"Wessex","finalisedOn":"2025-01-20","finalisation":"conviction","charges":[{"code":"TH68023"},{"code":"CD71001"}],"recordedCategory":"criminal-damage"}""",
            // No charge is a drugs offence: an entry error.
            """{"id":"entry","area":"London North","finalisedOn":"2025-02-03","finalisation":"conviction","charges":[{"code":"TH68023"}],"recordedCategory":"drugs-offences"}""",
            """{"id":"right","area":"London North","finalisedOn":"2025-02-04","finalisation":"conviction","charges":[{"code":"TH68023"}],"recordedCategory":"robbery"}""",
        ]);
        try
        {
            var json = PocProcess.Run("audit", "--input", cases, "--format", "json");
            var markdown = PocProcess.Run("audit", "--input", cases);

            Assert.Equal(0, json.ExitCode);
            var report = JsonDocument.Parse(json.Output).RootElement;
            var causes = report.GetProperty("mismatchList").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("cause").GetString());
            Assert.Equal(new Dictionary<string, string?> { ["stale"] = "not-updated-at-finalisation", ["lesser"] = "lesser-charge-picked", ["entry"] = "entry-error" }, causes);
            var byArea = report.GetProperty("causesByArea").EnumerateArray().ToDictionary(a => a.GetProperty("area").GetString()!, a => (a.GetProperty("not-updated-at-finalisation").GetInt64(), a.GetProperty("lesser-charge-picked").GetInt64(), a.GetProperty("entry-error").GetInt64()));
            Assert.Equal((1L, 1L, 0L), byArea["Wessex"]);
            Assert.Equal((0L, 0L, 1L), byArea["London North"]);
            var months = report.GetProperty("byMonth").EnumerateArray().Select(m => (m.GetProperty("key").GetString(), m.GetProperty("cases").GetInt64(), m.GetProperty("mismatches").GetInt64()));
            Assert.Equal([("2025-01", 2L, 2L), ("2025-02", 2L, 1L)], months);
            var recorded = report.GetProperty("byRecordedCategory").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "robbery");
            Assert.Equal(("Robbery", 2L, 1L), (recorded.GetProperty("name").GetString(), recorded.GetProperty("cases").GetInt64(), recorded.GetProperty("mismatches").GetInt64()));
            Assert.Contains("### Wessex (2)", markdown.Output, StringComparison.Ordinal);
            Assert.Contains("#### Recorded Drugs Offences (1)", markdown.Output, StringComparison.Ordinal);
            Assert.Contains("- **lesser** (2025-01): calculated Robbery; likely lesser charge picked.", markdown.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(cases);
        }
    }

    [Fact]
    public void Calculate_CsvInput_GroupsRowsIntoCasesAndReconcilesEveryRow()
    {
        var csv = Path.Combine(Path.GetTempPath(), $"poc-cases-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(csv, [
            "id,finalisedOn,finalisation,seq,code,removedBeforeFinalisation",
            "A,2024-05-01,conviction,1,OF61102,",
            "A,2024-05-01,conviction,2,TH68023,",
            "B,2024-05-01,conviction,1,TH68023,true",
            "B,2024-05-01,conviction,2,CD71039,false",
            "C,2024-05-01,sentenced,1,CD71039,",
        ]);
        try
        {
            var run = PocProcess.Run("calculate", "--input", csv);

            Assert.Equal(1, run.ExitCode);
            var results = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
            Assert.Equal(["robbery", "criminal-damage"], results.Select(r => r.GetProperty("category").GetString()));
            Assert.Contains(":6: error: Column 'finalisation' is 'sentenced'; allowed values are conviction, unsuccessful and administrative.", run.Error, StringComparison.Ordinal);
            Assert.Contains("6 row(s): 2 result(s), 1 error(s), 1 header, 0 blank, 2 further charge row(s).", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public void Calculate_OutputFile_IsWrittenWholeWithNoPartialLeftBehind()
    {
        var output = Path.Combine(Path.GetTempPath(), $"poc-out-{Guid.NewGuid():N}.jsonl");
        try
        {
            var run = PocProcess.Run("calculate", "--input", "samples/cases/cases.jsonl", "--output", output);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(string.Empty, run.Output);
            Assert.Equal(1200, File.ReadLines(output).Count());
            Assert.Empty(Directory.EnumerateFiles(Path.GetTempPath(), "." + Path.GetFileName(output) + ".poc-partial-*"));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void Audit_CaseBeforeTheFirstVersion_IsReportedWithItsLineAndTheRunGoesOn()
    {
        var run = PocProcess.RunWithInput(
            """
            {"id":"old","finalisedOn":"1999-12-31","finalisation":"conviction","charges":[{"code":"TH68023"}],"recordedCategory":"robbery"}
            {"id":"new","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"TH68023"}],"recordedCategory":"robbery"}
            """,
            "audit", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("standard input:1: error: No version of rule set 'cps' is in force on 1999-12-31", run.Error, StringComparison.Ordinal);
        var report = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(1, report.GetProperty("cases").GetInt64());
        Assert.Equal(1, report.GetProperty("unreadable").GetInt64());
    }
}
