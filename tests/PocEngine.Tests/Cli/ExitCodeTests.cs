using System;
using System.IO;
using System.Linq;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Cli;

// README's exit codes: 1 when the check found problems (an invalid rule set among them), 2 for bad usage or input that
// cannot be read (a rules folder that is not there). Every command that loads rules is held to both.
public sealed class ExitCodeTests : IDisposable
{
    private const string Case = """{"id":"A","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"code":"TH68023"}]}""";

    private readonly TempRules invalid = TempRules.Of(Yaml.Default().With("ordering.yaml", "ordering: [mode-of-trail, offence-code]\n"));
    private readonly string folder = Directory.CreateTempSubdirectory("poc-exit-").FullName;

    public void Dispose()
    {
        invalid.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("calculate", "--rules", "{rules}", "--input", "{cases}")]
    [InlineData("explain", "--rules", "{rules}", "--case", Case)]
    [InlineData("diff", "--from", "{rules}", "--to", "{rules}")]
    [InlineData("diff", "--rules", "{rules}", "--from", "1", "--to", "1", "--cases", "{cases}")]
    [InlineData("audit", "--rules", "{rules}", "--input", "{cases}")]
    [InlineData("validate", "{rules}")]
    [InlineData("test", "{rules}")]
    [InlineData("offences", "--rules", "{rules}")]
    [InlineData("review", "--rules", "{rules}", "--csv", "{folder}/review.csv")]
    [InlineData("new", "version", "2", "--effective-from", "2030-01-01", "--rules", "{rules}")]
    [InlineData("import", "--data", "{data}", "--rules", "{rules}", "--version", "2", "--effective-from", "2030-01-01")]
    public void Command_InvalidRuleSet_ExitsOneNamingTheProblem(params string[] args)
    {
        var run = PocProcess.InProcess(Expand(args));

        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {run.Error}");
        Assert.Matches(@"The rule set (in '[^']+' )?has (errors|1 error)", run.Error + run.Output);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "review.csv")), "A report was written from an invalid rule set.");
    }

    [Theory]
    [InlineData("calculate", "--rules", "{folder}/none", "--input", "{cases}")]
    [InlineData("explain", "--rules", "{folder}/none", "--case", Case)]
    [InlineData("audit", "--rules", "{folder}/none", "--input", "{cases}")]
    [InlineData("diff", "--rules", "{folder}/none", "--from", "1", "--to", "1")]
    [InlineData("offences", "--rules", "{folder}/none")]
    [InlineData("review", "--rules", "{folder}/none", "--csv", "{folder}/review.csv")]
    [InlineData("test", "{folder}/none")]
    [InlineData("validate", "{folder}/none")]
    public void Command_MissingRulesFolder_ExitsTwo(params string[] args)
    {
        var run = PocProcess.InProcess(Expand(args));

        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Error}");
        Assert.Contains($"The rule set folder '{folder}/none' does not exist", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("calculate", "--version", "1999.9", "--input", "{cases}")]
    [InlineData("offences", "--version", "1999.9")]
    [InlineData("diff", "--from", "1999.9", "--to", "2026.1")]
    public void Command_UnknownVersion_ExitsTwo(params string[] args)
    {
        var run = PocProcess.InProcess(Expand(args));

        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Error}");
        Assert.Contains("1999.9", run.Error, StringComparison.Ordinal);
    }

    private string[] Expand(string[] args)
    {
        var cases = Path.Combine(folder, "cases.jsonl");
        File.WriteAllText(cases, Case + "\n");
        return [.. args.Select(a => a
            .Replace("{rules}", invalid.Path, StringComparison.Ordinal)
            .Replace("{cases}", cases, StringComparison.Ordinal)
            .Replace("{folder}", folder, StringComparison.Ordinal)
            .Replace("{data}", Repository.StandingData, StringComparison.Ordinal))];
    }
}
