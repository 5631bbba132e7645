using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using PocEngine.Cli.Cases;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Cli;

// LF, CR LF and a CR alone each end a line, in JSON Lines and CSV alike, and line numbers count every one of them.
public sealed class LineEndingTests : IDisposable
{
    private const string Good = """{"id":"A","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"TH68023"}]}""";

    private readonly string folder = Directory.CreateTempSubdirectory("poc-lines-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("a\nb\r\nc\rd", new[] { "a", "b", "c", "d" })]
    [InlineData("a\r\rb\r\n\r\n", new[] { "a", "", "b", "" })]
    [InlineData("a\r", new[] { "a" })]
    [InlineData("\r\n\n\r", new[] { "", "", "" })]
    [InlineData("\uFEFFa\rb", new[] { "a", "b" })]
    public void TryReadLine_AnyLineEnd_EndsALine(string text, string[] expected)
    {
        // One byte a read, so that a CR is met as the last byte held before its LF is read.
        var reader = new Utf8LineReader(new Trickle(Encoding.UTF8.GetBytes(text)), 1 << 10);
        var lines = new List<string>();
        while (reader.TryReadLine(out var line, out var tooLong))
        {
            Assert.False(tooLong);
            lines.Add(Encoding.UTF8.GetString(line.Span));
        }

        Assert.Equal(expected, lines);
    }

    [Fact]
    public void Calculate_CrOnlyJsonLines_IsOneCaseALineWithLineNumbers()
    {
        var input = Path.Combine(folder, "cases.jsonl");
        File.WriteAllText(input, Good + "\rnot json\r" + Good.Replace("\"A\"", "\"B\"", StringComparison.Ordinal) + "\r\n" + Good.Replace("\"A\"", "\"C\"", StringComparison.Ordinal) + "\r");

        var run = PocProcess.InProcess("calculate", "--input", input);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(3, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("cases.jsonl:2: error: The line is not valid JSON", run.Error, StringComparison.Ordinal);
        Assert.Contains("4 line(s): 3 result(s), 1 error(s), 0 blank.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_CrOnlyCsv_IsOneChargeARowWithLineNumbers()
    {
        var input = Path.Combine(folder, "cases.csv");
        File.WriteAllText(input, "id,finalisedOn,finalisation,seq,code\rA,2024-05-01,conviction,1,TH68023\rA,2024-05-01,conviction,2,OF61102\rB,2024-05-01,conviction,x,TH68023\r\"C\",2024-05-01,conviction,1,\"TH\r68023\"\rD,2024-05-01,conviction,1,TH68023\r");

        var run = PocProcess.InProcess("calculate", "--input", input);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(3, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("cases.csv:4: error: Column 'seq' is 'x'", run.Error, StringComparison.Ordinal);
        Assert.Contains("6 row(s): 3 result(s), 1 error(s), 1 header, 0 blank, 1 further charge row(s).", run.Error, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"D\"", run.Output, StringComparison.Ordinal);
    }

    // A stream that gives one byte a read.
    private sealed class Trickle(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
    }
}
