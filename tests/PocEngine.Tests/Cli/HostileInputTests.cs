using System;
using System.IO;
using System.Linq;
using System.Text;
using PocEngine.Cli;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Cli;

// Each command fed what a user gets wrong: one sentence naming the path or line and the problem, the documented
// exit code, and never a stack trace. Run in process through the tool's own entry point.
public sealed class HostileInputTests : IDisposable
{
    private const string GoodLine = """{"id":"A","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"TH68023"}]}""";

    private readonly string folder = Directory.CreateTempSubdirectory("poc-hostile-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Calculate_InvalidUtf8InsideAString_ReportsThatLineAndKeepsTheOthers()
    {
        var input = Write("cases.jsonl", [.. Encoding.UTF8.GetBytes(GoodLine + "\n" + GoodLine.Replace("\"A\"", "\"B\"", StringComparison.Ordinal) + "\n{\"id\":\""), 0xFF, .. Encoding.UTF8.GetBytes("\",\"finalisedOn\":\"2024-05-01\",\"finalisation\":\"conviction\",\"charges\":[]}\n")]);
        var output = Path.Combine(folder, "out.jsonl");

        var run = Run("calculate", "--input", input, "--output", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["\"A\"", "\"B\""], File.ReadLines(output).Select(l => l.Split(',')[0]["{\"id\":".Length..]));
        Assert.Contains("cases.jsonl:3: error: The line is not valid UTF-8: the byte 0xFF at column 8 does not decode; save the file as UTF-8.", run.Error, StringComparison.Ordinal);
        Assert.Contains("3 line(s): 2 result(s), 1 error(s), 0 blank.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\":\"\\ud800\",\"finalisedOn\":\"2024-05-01\",\"finalisation\":\"conviction\",\"charges\":[]}", "The line holds an escaped lone surrogate")]
    [InlineData("{\"id\":\"a\u0000b\",\"finalisedOn\":\"2024-05-01\",\"finalisation\":\"conviction\",\"charges\":[]}", "The line is not valid JSON: '0x00' is invalid within a JSON string")]
    [InlineData("{\"x\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}", "The line is not valid JSON: The maximum configured depth of 16 has been exceeded")]
    [InlineData("{\"id\":\"A\",\"finalisedOn\":\"2024-05-01\",\"finalisation\":\"conviction\",\"charges\":[{\"code\":\"TH68023\",\"seq\":1e999999}]}", "The charge at charges[0] has a 'seq' that is not a whole number.")]
    [InlineData("{\"id\":\"A\",\"finalisedOn\":\"2024-05-01\",\"finalisation\":\"conviction\",\"charges\":[{\"code\":\"TH68023\",\"homeOfficeClass\":\"34/1\"}]}", "The charge at charges[0] is not valid: The Home Office classification '34/1' is not valid")]
    public void Calculate_HostileJsonLine_IsALocatedErrorBetweenGoodLines(string hostile, string expected)
    {
        var input = Write("cases.jsonl", Encoding.UTF8.GetBytes(GoodLine + "\n" + hostile + "\n" + GoodLine + "\n"));

        var run = Run("calculate", "--input", input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cases.jsonl:2: error: " + expected, run.Error, StringComparison.Ordinal);
        Assert.Equal(2, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("3 line(s): 2 result(s), 1 error(s), 0 blank.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_TenMegabyteId_IsCalculated()
    {
        var id = new string('x', 10_000_000);
        var input = Write("cases.jsonl", Encoding.UTF8.GetBytes(GoodLine.Replace("\"A\"", "\"" + id + "\"", StringComparison.Ordinal) + "\n"));

        var run = Run("calculate", "--input", input);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("{\"id\":\"" + id + "\",\"outcome\":\"determined\",\"category\":\"robbery\"", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("calculate", "--output", "missing/out.jsonl", "The folder of the --output path '{0}/missing/out.jsonl' does not exist")]
    [InlineData("calculate", "--output", "", "The --output path '{0}/' is a folder; give the path of a file to write.")]
    [InlineData("calculate", "--output", "cases.jsonl/out.jsonl", "is inside '{0}/cases.jsonl', which is a file, not a folder.")]
    [InlineData("audit", "--output", "missing/audit.md", "The folder of the --output path '{0}/missing/audit.md' does not exist")]
    [InlineData("audit", "--html", "missing/audit.html", "The folder of the --html path '{0}/missing/audit.html' does not exist")]
    [InlineData("audit", "--html", "", "The --html path '{0}/' is a folder")]
    public void Command_OutputPathThatCannotBeWritten_SaysSoInOneSentenceAndExitsTwo(string command, string option, string target, string expected)
    {
        var input = Write("cases.jsonl", Encoding.UTF8.GetBytes(GoodLine + "\n"));

        var run = Run(command, "--input", input, option, Path.Combine(folder, target) + (target.Length == 0 ? "/" : string.Empty));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, folder), run.Error, StringComparison.Ordinal);
        AssertOneSentence(run);
        Assert.Equal(["cases.jsonl"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Calculate_OutputThatTheSystemRefuses_SaysSoInOneSentenceAndExitsTwo()
    {
        // The temporary file beside the output cannot be created when a folder already has its name: the same refusal
        // as a read-only folder, on any machine and whatever the user's rights.
        var input = Write("cases.jsonl", Encoding.UTF8.GetBytes(GoodLine + "\n"));
        var output = Path.Combine(folder, "out.jsonl");
        Directory.CreateDirectory(PocEngine.Cli.Output.AtomicFile.TemporaryFor(output));

        var run = Run("calculate", "--input", input, "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"The --output file '{output}' cannot be written: ", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("Check that its folder is writable.", run.Error.Trim(), StringComparison.Ordinal);
        AssertOneSentence(run);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData(new[] { "calculate", "--inptu", "x" }, "Unrecognized command or argument '--inptu'.")]
    [InlineData(new[] { "calculate", "--input-format", "xml" }, "Argument 'xml' not recognized.")]
    [InlineData(new[] { "frobnicate" }, "Unrecognized command or argument 'frobnicate'.")]
    [InlineData(new[] { "diff", "--from", "2026.1" }, "Option '--to' is required.")]
    [InlineData(new[] { "validate", "{0}/no-such-rules" }, "The rule set folder '{0}/no-such-rules' does not exist; pass the folder that holds ruleset.yaml.")]
    [InlineData(new[] { "validate", "{0}/cases.jsonl" }, "'{0}/cases.jsonl' is a file, not a rule set folder; pass the folder that holds ruleset.yaml.")]
    [InlineData(new[] { "test", "{0}/no-such-rules" }, "The rule set folder '{0}/no-such-rules' does not exist")]
    [InlineData(new[] { "offences", "--rules", "{0}/cases.jsonl" }, "'{0}/cases.jsonl' is a file, not a rule set folder")]
    [InlineData(new[] { "calculate", "--input", "{0}" }, "The input '{0}' is a folder; pass a case file (JSON Lines or CSV) to --input.")]
    [InlineData(new[] { "calculate", "--input", "{0}/none.jsonl" }, "The input '{0}/none.jsonl' does not exist; check the path passed to --input.")]
    [InlineData(new[] { "audit", "--input", "{0}/none.jsonl" }, "The input '{0}/none.jsonl' does not exist")]
    [InlineData(new[] { "explain", "--input", "{0}", "--id", "A" }, "The input '{0}' is a folder")]
    [InlineData(new[] { "diff", "--from", "2026.1", "--to", "2026.1", "--cases", "{0}/none.jsonl" }, "The input '{0}/none.jsonl' does not exist")]
    [InlineData(new[] { "import", "--data", "{0}/no-data", "--rules", "{0}" }, "has no ruleset.yaml")]
    public void Command_BadUsageOrUnreadableInput_ExitsTwoWithOneSentence(string[] args, string expected)
    {
        Write("cases.jsonl", Encoding.UTF8.GetBytes(GoodLine + "\n"));

        var run = Run([.. args.Select(a => a.Replace("{0}", folder, StringComparison.Ordinal))]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected.Replace("{0}", folder, StringComparison.Ordinal), run.Error, StringComparison.Ordinal);
        AssertOneSentence(run);
    }

    [Fact]
    public void Calculate_CsvHeaderWithoutRequiredColumns_IsOneErrorAndTheOtherRowsAreCounted()
    {
        var input = Write("cases.csv", Encoding.UTF8.GetBytes("id,code\nA,TH68023\nB,TH68023\n"));

        var run = Run("calculate", "--input", input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cases.csv:1: error: The header lacks the column(s) finalisedOn, finalisation;", run.Error, StringComparison.Ordinal);
        Assert.Contains("3 row(s): 0 result(s), 1 error(s), 0 header, 0 blank, 0 further charge row(s), 2 not read after the header error.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A,2024-05-01,conviction,x,TH68023\n", 2, "Column 'seq' is 'x', which is not a whole number.", "2 row(s): 0 result(s), 1 error(s), 1 header, 0 blank, 0 further")]
    [InlineData("A,2024-05-01,conviction,1,TH68023\nA,2024-05-02,conviction,2,OF61102\n", 3, "Column 'finalisedOn' is '2024-05-02' here but '2024-05-01' on line 2, the first row of case 'A'; every row of a case repeats the case's columns.", "3 row(s): 0 result(s), 1 error(s), 1 header, 0 blank, 1 further")]
    [InlineData("A,2024-05-01,conviction,1,\"TH68023\nB,2024-05-01,conviction,1,TH68023\n", 2, "A quoted field in column 5 is not closed before the end of the file", "2 row(s): 0 result(s), 1 error(s), 1 header, 0 blank, 0 further")]
    [InlineData("A,2024-05-01,conviction,1,TH\"68023\n", 2, "Column 5 has a quote inside a field that is not quoted as a whole", "2 row(s): 0 result(s), 1 error(s)")]
    [InlineData("A,2024-05-01,conviction,1\n", 2, "The row has 4 field(s) but the header names 5 column(s)", "2 row(s): 0 result(s), 1 error(s)")]
    [InlineData(",2024-05-01,conviction,1,TH68023\n", 2, "Column 'id' is empty", "2 row(s): 0 result(s), 1 error(s)")]
    [InlineData("A,01/05/2024,conviction,1,TH68023\n", 2, "Column 'finalisedOn' is '01/05/2024'; write the date as yyyy-MM-dd.", "2 row(s): 0 result(s), 1 error(s)")]
    [InlineData("A,2024-05-01,conviction,1,\n", 2, "Column 'code' is empty; every charge needs its CJS offence code.", "2 row(s): 0 result(s), 1 error(s)")]
    public void Calculate_CsvRowErrors_NameTheLineAndColumn(string rows, int line, string expected, string summary)
    {
        var input = Write("cases.csv", Encoding.UTF8.GetBytes("id,finalisedOn,finalisation,seq,code\n" + rows));

        var run = Run("calculate", "--input", input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"cases.csv:{line}: error: {expected}", run.Error, StringComparison.Ordinal);
        Assert.Contains(summary, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_CsvInvalidUtf8AndUnknownColumn_IsAnErrorAndAWarning()
    {
        var input = Write("cases.csv", [.. "id,finalisedOn,finalisation,code,note\nA,2024-05-01,conviction,TH68023,x\nB"u8, 0xFF, .. ",2024-05-01,conviction,TH68023,y\n"u8]);

        var run = Run("calculate", "--input", input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cases.csv:1: warning: The column 'note' is not one poc reads, so its values are ignored;", run.Error, StringComparison.Ordinal);
        Assert.Contains("cases.csv:3: error: Column 'id' holds bytes that are not valid UTF-8", run.Error, StringComparison.Ordinal);
        Assert.Contains("3 row(s): 1 result(s), 1 error(s), 1 header, 0 blank, 0 further charge row(s).", run.Error, StringComparison.Ordinal);
    }

    private static void AssertOneSentence(ToolRun run)
    {
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static ToolRun Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return new ToolRun(code, output.ToString(), error.ToString());
    }

    private sealed record ToolRun(int ExitCode, string Output, string Error);
}
