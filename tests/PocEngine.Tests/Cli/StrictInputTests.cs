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
}
