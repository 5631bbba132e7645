using System;
using System.IO;
using System.Text.Json;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Cli;

// An audit of cases none of which carries a recorded category has nothing to compare: it says so in each format
// instead of an error rate of "0.0 %", which reads as a perfect record.
public sealed class AuditNothingRecordedTests
{
    private const string Said = "No case had a recorded category, so there was nothing to compare: 2 case(s) had no recorded category and 0 could not be read.";

    [Fact]
    public void Audit_NoRecordedCategory_SaysThereWasNothingToCompare()
    {
        var cases = Path.Combine(Path.GetTempPath(), $"poc-audit-{Guid.NewGuid():N}.jsonl");
        var html = Path.ChangeExtension(cases, ".html");
        File.WriteAllText(cases, """
            {"id":"A","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"TH68023"}]}
            {"id":"B","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"OF61102"}]}

            """);
        try
        {
            var markdown = PocProcess.InProcess("audit", "--input", cases, "--html", html);
            var json = PocProcess.InProcess("audit", "--input", cases, "--format", "json");

            Assert.True(markdown.ExitCode == 0, markdown.Error);
            Assert.Contains(Said, markdown.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("error rate of", markdown.Output, StringComparison.Ordinal);
            var page = File.ReadAllText(html);
            Assert.Contains(Said, page, StringComparison.Ordinal);
            Assert.Contains("<dd id=\"error-rate\">nothing to compare</dd>", page, StringComparison.Ordinal);
            var root = JsonDocument.Parse(json.Output).RootElement;
            Assert.Equal(0, root.GetProperty("cases").GetInt32());
            Assert.Equal(2, root.GetProperty("notRecorded").GetInt32());
            Assert.Equal(JsonValueKind.Null, root.GetProperty("errorRate").ValueKind);
        }
        finally
        {
            File.Delete(cases);
            File.Delete(html);
        }
    }
}
