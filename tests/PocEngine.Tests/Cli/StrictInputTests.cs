using System;
using System.IO;
using PocEngine.Cli.Cases;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Cli;

// Case lines are read strictly: what could be read two ways is an error on its line, never a silent choice.
public sealed class StrictInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("poc-strict-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("""{"id":"b","id":"c","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"TH68023"}]}""", "The case gives the key 'id' twice;")]
    [InlineData("""{"id":"b","finalisedOn":"2024-05-01","finalisedOn":"2025-05-01","finalisation":"conviction","charges":[]}""", "The case gives the key 'finalisedOn' twice;")]
    [InlineData("""{"id":"b","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[],"charges":[{"code":"TH68023"}]}""", "The case gives the key 'charges' twice;")]
    [InlineData("""{"id":"b","recordedCategory":"robbery","recordedCategory":"burglary","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[]}""", "The case gives the key 'recordedCategory' twice;")]
    [InlineData("""{"id":"b","note":1,"note":2,"finalisedOn":"2024-05-01","finalisation":"conviction","charges":[]}""", "The case gives the key 'note' twice;")]
    [InlineData("""{"\u0069d":"b","id":"c","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[]}""", "The case gives the key 'id' twice;")]
    [InlineData("""{"id":"b","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"TH68023"},{"code":"OF61102","code":"TH68023"}]}""", "The charge at charges[1] gives the key 'code' twice;")]
    [InlineData("""{"id":"b","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"TH68023","removedBeforeFinalisation":true,"removedBeforeFinalisation":false}]}""", "The charge at charges[0] gives the key 'removedBeforeFinalisation' twice;")]
    [InlineData("""{"id":"b","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"TH68023","x":[1],"x":{}}]}""", "The charge at charges[0] gives the key 'x' twice;")]
    public void Read_DuplicateKey_IsAnErrorNamingTheKey(string line, string expected)
    {
        var record = CaseLine.Read(1, System.Text.Encoding.UTF8.GetBytes(line));

        Assert.Null(record.Case);
        Assert.StartsWith(expected, record.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SameKeyInTwoCharges_IsNoDuplicate()
    {
        var record = CaseLine.Read(1, """{"id":"b","finalisedOn":"2024-05-01","finalisation":"conviction","note":1,"charges":[{"code":"TH68023","note":1},{"code":"OF61102","note":1}]}"""u8);

        Assert.Null(record.Error);
        Assert.Equal(2, record.Case!.Charges.Count);
    }

    [Fact]
    public void Calculate_DuplicateKey_IsAnErrorOnItsLineAndTheOthersAreCalculated()
    {
        var input = Path.Combine(folder, "cases.jsonl");
        File.WriteAllText(input, """
            {"id":"a","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"TH68023"}]}
            {"id":"b","id":"c","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"TH68023"}]}

            """);

        var run = PocProcess.InProcess("calculate", "--input", input);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("cases.jsonl:2: error: The case gives the key 'id' twice; give each key once, so that there is one value to read.", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 line(s): 1 result(s), 1 error(s), 0 blank.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_MillionCharges_IsAnErrorOnItsLineAndTheNextIsCalculated()
    {
        var input = Path.Combine(folder, "cases.jsonl");
        File.WriteAllText(input, Charges("big", 1_000_000) + "\n" + Charges("small", 3) + "\n");

        var run = PocProcess.InProcess("calculate", "--input", input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cases.jsonl:1: error: " + CaseSource.TooManyCharges(), run.Error, StringComparison.Ordinal);
        Assert.StartsWith("{\"id\":\"small\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("2 line(s): 1 result(s), 1 error(s), 0 blank.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OneChargeOverTheLimit_IsAnErrorAndTheLimitItselfIsRead()
    {
        Assert.Equal(CaseSource.MaxCharges, CaseLine.Read(1, System.Text.Encoding.UTF8.GetBytes(Charges("a", CaseSource.MaxCharges))).Case!.Charges.Count);
        Assert.Equal(CaseSource.TooManyCharges(), CaseLine.Read(1, System.Text.Encoding.UTF8.GetBytes(Charges("a", CaseSource.MaxCharges + 1))).Error);
    }

    [Fact]
    public void Explain_MillionChargesInline_IsAnErrorNotATable()
    {
        var run = PocProcess.InProcess("explain", "--case", Charges("big", 1_000_000));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(CaseSource.TooManyCharges(), run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Explain_MillionChargesInAFile_IsNotExplained()
    {
        var input = Path.Combine(folder, "cases.jsonl");
        File.WriteAllText(input, Charges("big", 1_000_000) + "\n");

        var run = PocProcess.InProcess("explain", "--input", input, "--id", "big");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("'big'", run.Error, StringComparison.Ordinal);
    }

    // Rows past the limit are counted as further rows of the case, not kept: the case is one error at the first of them.
    [Fact]
    public void Calculate_CsvCaseOverTheLimit_IsOneErrorAndEveryRowIsCounted()
    {
        var input = Path.Combine(folder, "cases.csv");
        using (var writer = new StreamWriter(input))
        {
            writer.WriteLine("id,finalisedOn,finalisation,code");
            for (var i = 0; i < CaseSource.MaxCharges + 5; i++)
            {
                writer.WriteLine("A,2024-05-01,conviction,TH68023");
            }

            writer.WriteLine("B,2024-05-01,conviction,TH68023");
        }

        var run = PocProcess.InProcess("calculate", "--input", input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"cases.csv:{CaseSource.MaxCharges + 2}: error: {CaseSource.TooManyCharges()}", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("{\"id\":\"B\"", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{CaseSource.MaxCharges + 7} row(s): 1 result(s), 1 error(s), 1 header, 0 blank, {CaseSource.MaxCharges + 4} further charge row(s).", run.Error, StringComparison.Ordinal);
    }

    private static string Charges(string id, int count)
    {
        var line = new System.Text.StringBuilder($"{{\"id\":\"{id}\",\"finalisedOn\":\"2024-05-01\",\"finalisation\":\"conviction\",\"charges\":[");
        for (var i = 0; i < count; i++)
        {
            line.Append(i == 0 ? string.Empty : ",").Append("{\"code\":\"TH68023\"}");
        }

        return line.Append("]}").ToString();
    }
}
