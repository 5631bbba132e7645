using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Cli;

// End-to-end: the real tool process on real files, checking output and exit codes.
public sealed class PocToolTests
{
    [Fact]
    public void Calculate_SampleCorpus_GivesOneResultPerCaseInInputOrder()
    {
        var input = Path.Combine(Repository.Root, "samples", "cases", "cases.jsonl");
        var ids = File.ReadLines(input).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToArray();

        var run = PocProcess.Run("calculate", "--input", input);

        Assert.Equal(0, run.ExitCode);
        var results = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(ids, results.Select(r => r.GetProperty("id").GetString()));
        Assert.All(results, r => Assert.Equal(RuleSet.Default.Latest.Hash, r.GetProperty("ruleSetHash").GetString()));
        Assert.Contains($"{ids.Length} line(s): {ids.Length} result(s), 0 error(s), 0 blank.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_MalformedLines_ReportsEachWithItsLineAndGoesOn()
    {
        const string input = """
            {"id":"A","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"TH68023"},{"code":"OF61102"}]}
            not json
            {"id":"B","finalisedOn":"2024-13-01","finalisation":"conviction","charges":[]}
            {"id":"C","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"th68023"}]}
            {"id":"D","finalisedOn":"2024-05-01","finalisation":"sentenced","charges":[]}
            """;

        var run = PocProcess.RunWithInput(input, "calculate");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var a = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("robbery", a.GetProperty("category").GetString());
        Assert.Equal("mode-of-trial", a.GetProperty("decidedBy").GetString());
        var c = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal("code-normalised", c.GetProperty("warnings")[0].GetProperty("kind").GetString());
        Assert.Contains("standard input:2: error: The line is not valid JSON", run.Error, StringComparison.Ordinal);
        Assert.Contains("standard input:3: error: The case needs 'finalisedOn' as a date written yyyy-MM-dd.", run.Error, StringComparison.Ordinal);
        Assert.Contains("standard input:5: error: The case needs 'finalisation' as conviction, unsuccessful or administrative.", run.Error, StringComparison.Ordinal);
        Assert.Contains("5 line(s): 2 result(s), 3 error(s), 0 blank.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_Explain_AddsTheSentenceAndRankedCharges()
    {
        var run = PocProcess.RunWithInput("""{"id":"A","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"OF61102"},{"code":"TH68023"}]}""", "calculate", "--explain");

        var result = JsonDocument.Parse(run.Output).RootElement;
        Assert.StartsWith("Robbery (TH68023, indictable-only) outranks", result.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.Equal(["TH68023", "OF61102"], result.GetProperty("charges").EnumerateArray().Select(e => e.GetProperty("code").GetString()));
    }

    [Fact]
    public void Calculate_MissingInputFile_ExitsTwo()
    {
        var run = PocProcess.Run("calculate", "--input", "/no/such/file.jsonl");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("The input '/no/such/file.jsonl' does not exist; check the path passed to --input.", run.Error.Trim());
    }

    [Fact]
    public void Calculate_EmptyInput_GivesNoResultsAndExitsZero()
    {
        var run = PocProcess.RunWithInput(string.Empty, "calculate");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("0 line(s): 0 result(s), 0 error(s), 0 blank.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_CaseWithTenThousandCharges_IsCalculated()
    {
        var charges = string.Join(",", Enumerable.Range(1, 10_000).Select(i => $"{{\"seq\":{i},\"code\":\"{(i == 7_777 ? "COML025" : "CD71039")}\"}}"));
        var run = PocProcess.RunWithInput($"{{\"id\":\"big\",\"finalisedOn\":\"2024-05-01\",\"finalisation\":\"conviction\",\"charges\":[{charges}]}}", "calculate");

        var result = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("homicide", result.GetProperty("category").GetString());
        Assert.Equal(7_777, result.GetProperty("principalSeq").GetInt32());
    }

    [Fact]
    public void Validate_DefaultRules_ExitsZeroWithTheFallbackWarning()
    {
        var run = PocProcess.Run("validate", "rules/cps");

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("warning POC1060", run.Output, StringComparison.Ordinal);
        Assert.Contains("warning POC1061", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"The rule set 'cps' is valid: 1 version\(s\), [1-9]\d* rule test\(s\), 2 warning\(s\)\.", run.Output);
    }

    // Before, validate ignored tests/: each of these passed it, and 'poc test' then failed on them.
    [Fact]
    public void Validate_BrokenRuleTests_ExitsOneWithEachErrorAtItsPlace()
    {
        const string Tests = """
            tests:
              - {name: a misspelt factor, finalised-on: 2024-05-01, finalisation: conviction, charges: [TH68023], expect: {outcome: determined, decided-by: mode-of-trail}}
              - {name: a misspelt category, finalised-on: 2024-05-01, finalisation: conviction, charges: [TH68023], expect: {outcome: determined, category: robery}}
              - {name: a rule that is not there, finalised-on: 2024-05-01, finalisation: conviction, charges: [TH68023], expect: {outcome: determined, classified-by: ho-robbery}}
              - {name: a version that is not there, finalised-on: 2024-05-01, finalisation: conviction, version: "2026.2", charges: [TH68023], expect: {outcome: determined}}
            """;
        using var folder = TempRules.CopyOfDefaultWith("tests/broken.yaml", Tests);

        var run = PocProcess.Run("validate", folder.Path);
        var test = PocProcess.Run("test", folder.Path);

        Assert.Equal(1, run.ExitCode);
        var errors = run.Output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(4, errors.Length);
        Assert.StartsWith($"{folder.Path}/tests/broken.yaml(2,145): error POC1013: The 'decided-by' 'mode-of-trail' is not allowed;", errors[0], StringComparison.Ordinal);
        Assert.EndsWith("Did you mean 'mode-of-trial'?", errors[0], StringComparison.Ordinal);
        Assert.StartsWith($"{folder.Path}/tests/broken.yaml(3,145): error POC1070: The test 'a misspelt category' expects category 'robery', which version '2026.1' does not have. Did you mean 'robbery'?", errors[1], StringComparison.Ordinal);
        Assert.StartsWith($"{folder.Path}/tests/broken.yaml(4,155): error POC1070: The test 'a rule that is not there' expects the principal offence to be placed by 'ho-robbery', which is not a rule of version '2026.1'", errors[2], StringComparison.Ordinal);
        Assert.StartsWith($"{folder.Path}/tests/broken.yaml(5,102): error POC1070: The test 'a version that is not there' pins version '2026.2', which rule set 'cps' does not have; its versions are 2026.1. Did you mean '2026.1'?", errors[3], StringComparison.Ordinal);
        Assert.Equal(1, test.ExitCode);
        Assert.Matches(@"^\d+ passed, 4 failed$", test.Output.Trim().Split('\n')[^1]);
    }

    [Fact]
    public void Validate_BrokenRules_ExitsOneWithLocatedDiagnosticsInEveryFormat()
    {
        using var folder = TempRules.CopyOfDefaultWith("ordering.yaml", "ordering:\n  - mode-of-trial\n  - offence-code\n  - maximum-penalty\n");

        var text = PocProcess.Run("validate", folder.Path);
        var json = PocProcess.Run("validate", folder.Path, "--format", "json");
        var github = PocProcess.Run("validate", folder.Path, "--format", "github");

        Assert.Equal([1, 1, 1], new[] { text.ExitCode, json.ExitCode, github.ExitCode });
        Assert.Contains($"{folder.Path}/ordering.yaml(4,5): error POC1040:", text.Output, StringComparison.Ordinal);
        var diagnostic = JsonDocument.Parse(json.Output).RootElement.EnumerateArray().Single(d => d.GetProperty("code").GetString() == "POC1040");
        Assert.Equal((4, 5), (diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()));
        Assert.Contains($"::error file={folder.Path}/ordering.yaml,line=4,col=5,title=POC1040::", github.Output, StringComparison.Ordinal);
    }

    // The sample CI workflow maintainers copy: every poc command in it is one the tool accepts, as written.
    [Fact]
    public void SampleWorkflow_EveryPocCommand_ParsesWithoutErrors()
    {
        var commands = File.ReadAllLines(Path.Combine(Repository.Root, "samples", "ci", "rules-ci.yml"))
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^\s*(?:run: )?poc (?<args>[^>]+?)(?:\s*>>.*)?$"))
            .Where(m => m.Success)
            .Select(m => m.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();

        Assert.True(commands.Count >= 4, "The sample workflow should install the tool and run --version, validate, test and diff.");
        Assert.All(commands, args => Assert.Empty(PocEngine.Cli.Program.Root().Parse(args).Errors));
        Assert.Contains(commands, args => args is ["--version"]);
    }

    [Fact]
    public void Version_PrintsThePackageVersion()
    {
        var run = PocProcess.Run("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+([-+].*)?$", run.Output.Trim());
    }

    [Fact]
    public void Test_DefaultRules_PassesAndPrintsTheSummaryLine()
    {
        var run = PocProcess.Run("test", "rules/cps");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+ passed, 0 failed$", run.Output.Trim().Split('\n')[^1]);
    }

    [Fact]
    public void Test_FailingRuleTest_ExitsOneShowingExpectedAgainstActual()
    {
        using var folder = TempRules.CopyOfDefaultWith("tests/wrong.yaml", "tests:\n  - {name: deliberately wrong, finalised-on: 2024-05-01, finalisation: conviction, charges: [TH68023], expect: {outcome: determined, category: burglary}}\n");

        var run = PocProcess.Run("test", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("FAIL tests/wrong.yaml:2 deliberately wrong", run.Output, StringComparison.Ordinal);
        Assert.Contains("Expected category burglary, got robbery.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Actual: Robbery (TH68023) is the only offence counted", run.Output, StringComparison.Ordinal);
        Assert.EndsWith(" passed, 1 failed", run.Output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Offences_Default_PrintsEveryCodeSortedWithTheHeader()
    {
        var run = PocProcess.Run("offences");

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("code,category,eligible,mode,maxPenalty,classifiedBy", lines[0].Replace(",maxPenaltySource", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(30_357, lines.Length);
        Assert.Contains("TH68023,robbery,true,CI,life,catalogue,home-office-robbery,034/01,Robbery,Robbery", lines);
        Assert.Contains(lines, l => l.StartsWith("CD71039B,criminal-damage,true,CE,3m,inchoate-base,inchoate-base,", StringComparison.Ordinal));
        var codes = lines.Skip(1).Select(l => l.Split(',')[0]).ToArray();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public void Offences_UnknownVersion_ExitsTwo()
    {
        var run = PocProcess.Run("offences", "--version", "1999.9");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("has no version '1999.9'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_ExitsNonZeroWithUsage()
    {
        var run = PocProcess.Run("frobnicate");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("frobnicate", run.Error, StringComparison.Ordinal);
    }
}
