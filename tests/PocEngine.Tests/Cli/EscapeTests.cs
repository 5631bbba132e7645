using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PocEngine.Cli.Cases;
using PocEngine.Cli.Output;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Cli;

// Each report escapes what it quotes for its own format: CSV cells a spreadsheet will not run, Markdown that keeps
// its tables, HTML that stays text, and terminal output that cannot send escape sequences.
public sealed class EscapeTests : IDisposable
{
    private const string HostileTitles = """

          - {code: XX00002, title: "=HYPERLINK(\"http://example.invalid\",\"click\")", mode: CS}
          - {code: XX00003, title: "+1+1", mode: CS}
          - {code: XX00004, title: "-2+3", mode: CS}
          - {code: XX00005, title: "@SUM(1,1)", mode: CS}
          - {code: XX00006, title: "\tTAB", mode: CS}
          - {code: XX00007, title: "\rCR", mode: CS}
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("poc-escape-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+44 20", "'+44 20")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Robbery", "Robbery")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Csv_FormulaStart_GetsALeadingApostrophe(string value, string expected)
    {
        Assert.Equal(expected, Escape.Csv(value));
    }

    [Theory]
    [InlineData("A\u001b[31mRED\u001b[0m", "ARED")]
    [InlineData("A\u001b]0;title\u0007B", "AB")]
    [InlineData("A\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\B", "AlinkB")]
    [InlineData("A\u009b2JB", "AB")]
    [InlineData("A\u001bcB", "AB")]
    [InlineData("line\nforged: error\r\tx", "line forged: error  x")]
    [InlineData("nul\0bell\u0007del\u007fc1\u0085", "nulbelldelc1")]
    [InlineData("Théft — £5", "Théft — £5")]
    [InlineData("ends with ESC\u001b", "ends with ESC")]
    public void Terminal_ControlsAndEscapeSequences_AreRemoved(string value, string expected)
    {
        Assert.Equal(expected, Escape.Terminal(value));
    }

    [Theory]
    [InlineData("a|b", @"a\|b")]
    [InlineData("`code`", @"\`code\`")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("two\nlines", "two lines")]
    [InlineData("<script>", @"\<script>")]
    [InlineData("*bold* _em_ [link](x)", @"\*bold\* \_em\_ \[link](x)")]
    [InlineData("C-00042", "C-00042")]
    public void Markdown_CellBreakingCharacters_AreEscaped(string value, string expected)
    {
        Assert.Equal(expected, Escape.Markdown(value));
    }

    [Fact]
    public void Html_MarkupAndControls_AreText()
    {
        Assert.Equal("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; red", Escape.Html("<img src=x onerror=\"alert(1)\"> & \u001b[31mred"));
    }

    // Read back as a spreadsheet reads a CSV file (RFC 4180: quotes removed, doubled quotes undone), no cell of
    // 'poc offences' or 'poc review --csv' starts with a character that makes it a formula.
    [Fact]
    public void OffencesAndReviewCsv_TitlesThatStartAFormula_AreNeutralised()
    {
        using var rules = TempRules.Of(Yaml.Default().With("offences/all.yaml", Yaml.Offences + HostileTitles));
        var reviewCsv = Path.Combine(folder, "review.csv");

        var offences = PocProcess.InProcess("offences", "--rules", rules.Path);
        var review = PocProcess.InProcess("review", "--rules", rules.Path, "--csv", reviewCsv);

        Assert.True(offences.ExitCode == 0, offences.Error);
        Assert.True(review.ExitCode == 0, review.Error);
        foreach (var cells in new[] { Cells(offences.Output), Cells(File.ReadAllText(reviewCsv)) })
        {
            Assert.Contains("'=HYPERLINK(\"http://example.invalid\",\"click\")", cells);
            Assert.Contains("'\tTAB", cells);
            Assert.Contains("'\rCR", cells);
            Assert.DoesNotContain(cells, c => c.Length > 0 && c[0] is '=' or '+' or '-' or '@' or '\t' or '\r');
        }
    }

    [Fact]
    public void Audit_CaseValuesThatBreakMarkdownOrHtml_AreEscapedInEachFormat()
    {
        var cases = Path.Combine(folder, "cases.jsonl");
        var html = Path.Combine(folder, "audit.html");
        File.WriteAllText(cases, """
            {"id":"X|`y`\n- **forged**","area":"North | <script>alert(1)</script>","recordedCategory":"burglary","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"TH68023"}]}
            {"id":"B","area":"North","recordedCategory":"robbery","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"TH68023"}]}

            """);

        var run = PocProcess.InProcess("audit", "--input", cases, "--html", html);

        Assert.True(run.ExitCode == 0, run.Error);
        var tables = run.Output.Split('\n').Where(l => l.StartsWith('|')).ToList();
        Assert.NotEmpty(tables);
        // Every row of a table has as many cell boundaries (an unescaped '|') as its header.
        foreach (var table in Tables(tables))
        {
            Assert.All(table, row => Assert.Equal(Boundaries(table[0]), Boundaries(row)));
        }

        Assert.Contains(@"- **X\|\`y\` - \*\*forged\*\***", run.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)<script", run.Output);
        var page = File.ReadAllText(html);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.Contains("North | &lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_CaseIdThatBreaksMarkdown_IsEscaped()
    {
        var cases = Path.Combine(folder, "cases.jsonl");
        File.WriteAllText(cases, """{"id":"A*\n# heading","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"XX00001"}]}""" + "\n");
        using var before = TempRules.Of(Yaml.Default());
        using var after = TempRules.Of(Yaml.Default().With("offences/all.yaml", Yaml.Offences.Replace("{code: XX00001, title: \"Unclassified offence\", mode: CS}", "{code: XX00001, title: \"Unclassified offence\", mode: CS, category: homicide}", StringComparison.Ordinal)));

        var run = PocProcess.InProcess("diff", "--from", before.Path, "--to", after.Path, "--cases", cases);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains(@"- **A\* # heading**:", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\n# heading", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_EscapeSequencesInTheCase_AreNotPrinted()
    {
        var run = PocProcess.InProcess("explain", "--case", """{"id":"A\u001b[2J\u001b]0;owned\u0007","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"ZZ\u001b[31m99999"},{"code":"TH68023"}]}""");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain('\u001b', run.Output);
        Assert.DoesNotContain('\u0007', run.Output);
        Assert.StartsWith("Case A, finalised 2024-05-01", run.Output, StringComparison.Ordinal);
        Assert.Contains("ZZ99999", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_ErrorQuotingAnEscapeSequence_PrintsItWithout()
    {
        var cases = Path.Combine(folder, "cases.jsonl");
        File.WriteAllText(cases, """{"id":"A","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"TH68023","modeOfTrial":"\u001b[2J\nstandard input:9: error: forged"}]}""" + "\n");

        var run = PocProcess.InProcess("calculate", "--input", cases);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Error);
        Assert.Contains("cases.jsonl:1: error: The charge at charges[0] has 'modeOfTrial' ' standard input:9: error: forged';", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static List<string> Cells(string csv)
    {
        var cells = new List<string>();
        var reader = new CsvRowReader(new StringReader(csv), int.MaxValue);
        while (reader.TryRead(out var row))
        {
            Assert.Null(row.Error);
            cells.AddRange(row.Fields);
        }

        return cells;
    }

    // Consecutive table lines as tables (a header, its '---' row and its rows).
    private static IEnumerable<List<string>> Tables(List<string> lines)
    {
        var table = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith("|---", StringComparison.Ordinal) && table.Count > 1)
            {
                yield return table[..^1];
                table = [table[^1]];
            }

            table.Add(line);
        }

        yield return table;
    }

    private static int Boundaries(string row) =>
        row.Select((c, i) => c == '|' && (i == 0 || row[i - 1] != '\\')).Count(b => b);
}
