using System;
using System.IO;
using System.Text.Json;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Cli;

// JSON the tool writes (to files and standard output, never into HTML) escapes only what JSON requires: an apostrophe,
// markup characters and non-ASCII text read as written ("O'Brien", not "O\u0027Brien"), while quotes, backslashes
// and control characters (an escape sequence meant for a terminal) stay escaped.
public sealed class JsonOutputTests
{
    private const string Id = "O'Brien & <Sons> £5 \"q\" \\ \u001b[31m";

    [Fact]
    public void Calculate_IdWithApostropheAndMarkup_ReadsAsWrittenAndRoundTrips()
    {
        var input = Path.Combine(Path.GetTempPath(), $"poc-json-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(input, JsonSerializer.Serialize(new { id = Id, finalisedOn = "2024-05-01", finalisation = "conviction", charges = new[] { new { code = "TH68023" } } }) + "\n");
        try
        {
            var run = PocProcess.InProcess("calculate", "--input", input);

            Assert.True(run.ExitCode == 0, run.Error);
            var line = run.Output.Split('\n')[0];
            Assert.StartsWith("{\"id\":\"O'Brien & <Sons> £5 \\\"q\\\" \\\\ \\u001B[31m\",", line, StringComparison.Ordinal);
            Assert.Equal(Id, JsonDocument.Parse(line).RootElement.GetProperty("id").GetString());
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public void ValidateJson_DiagnosticQuotingAKey_ShowsTheApostrophes()
    {
        using var folder = TempRules.CopyOfDefaultWith("extra.yaml", "offences:\n  - {code: ZZ99001, titel: \"x\", mode: CE}\n");

        var run = PocProcess.InProcess("validate", folder.Path, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("The key 'titel' is not allowed", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0027", run.Output, StringComparison.Ordinal);
    }
}
