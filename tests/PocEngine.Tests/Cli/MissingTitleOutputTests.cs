using System;
using System.IO;
using System.Linq;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Cli;

// The tool shows a missing title in the library's words (Offence.MissingTitle, Calculation/MissingTitleTests): in the
// explain table and sentence, on the review page and in the diff's Markdown.
public sealed class MissingTitleOutputTests
{
    private const string Words = "[no title in the standing data]";

    [Fact]
    public void ExplainCommand_TableAndSentence_ShowTheWords()
    {
        var run = PocProcess.InProcess("explain", "--case", """{"id":"A","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"01CP003"},{"code":"TH68023"}]}""");

        Assert.True(run.ExitCode == 0, run.Error);
        var row = run.Output.Split('\n').Single(l => l.Contains("01CP003", StringComparison.Ordinal) && l.Contains("fallback", StringComparison.Ordinal) && !l.StartsWith("warning", StringComparison.Ordinal));
        Assert.EndsWith(Words, row.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains($"Robbery (TH68023, indictable-only) outranks {Words} (01CP003, either way) on mode of trial.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewPage_FallbackTable_ShowsTheWords()
    {
        var html = Path.Combine(Path.GetTempPath(), $"poc-review-{Guid.NewGuid():N}.html");
        try
        {
            var run = PocProcess.InProcess("review", "--html", html);

            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Contains($"<td><code>01CP003</code></td><td>CE</td><td>-</td><td>{Words}</td>", File.ReadAllText(html), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(html);
        }
    }

    [Fact]
    public void DiffMarkdown_ChangedOffenceWithoutATitle_ShowsTheWords()
    {
        using var folder = TempRules.CopyOfDefaultWith("notes.txt", "a copy\n");
        Assert.Equal(0, PocProcess.InProcess("new", "version", "2030.1", "--effective-from", "2030-04-01", "--rules", folder.Path).ExitCode);
        folder.Write("versions/2030.1.yaml", "offence-overrides:\n  - {code: \"01CP003\", reason: \"A test\", category: robbery}\n");

        var run = PocProcess.InProcess("diff", "--rules", folder.Path, "--from", "2026.1", "--to", "2030.1");

        Assert.Contains($"| 01CP003 | recategorised | all-other-offences-excluding-motoring | robbery | {Escape(Words)} |", run.Output, StringComparison.Ordinal);
    }

    // The Markdown escaping of the words (a '[' starts a link).
    private static string Escape(string text) => PocEngine.Cli.Output.Escape.Markdown(text);
}
