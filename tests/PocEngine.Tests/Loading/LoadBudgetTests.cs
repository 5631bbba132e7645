using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Loading;

// A load of any folder ends with a rule set or diagnostics, within its budget: bytes, entries that are not regular
// files, and the number of diagnostics. (Title-pattern time is in Rules/EvidenceRuleTests.)
public sealed class LoadBudgetTests
{
    [Fact]
    public void TryLoadFromDirectory_FilesTogetherLargerThanTheTotal_AreRefusedBeforeAnyIsRead()
    {
        using var folder = TempRules.Of(Yaml.Default());
        var big = new string('#', 4_000) + "\n";
        folder.Write("notes-a.yaml", big);
        folder.Write("notes-b.yaml", big);
        var total = Directory.EnumerateFiles(folder.Path, "*.yaml", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

        var atTheLimit = RuleSetLoader.LoadDirectory(folder.Path, new RuleSetLoadOptions { MaxTotalBytes = total });
        var overTheLimit = RuleSetLoader.LoadDirectory(folder.Path, new RuleSetLoadOptions { MaxTotalBytes = total - 1 });

        // At the limit the files are read (and the comment-only files are reported as empty): over it, nothing is.
        Assert.Contains(atTheLimit.Diagnostics, d => d.File == "notes-a.yaml");
        var error = Assert.Single(overTheLimit.Diagnostics);
        Assert.Equal((DiagnosticCodes.TooLarge, "."), (error.Code, error.File));
        Assert.StartsWith(FormattableString.Invariant($"The rule files hold {total:N0} bytes together, more than the limit of {total - 1:N0} set in RuleSetLoadOptions.MaxTotalBytes, so none was read; the largest are notes-a.yaml (4,001 bytes), notes-b.yaml (4,001 bytes), "), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_AFileOfManyMistakes_StopsAtTheDiagnosticLimitAndSaysSo()
    {
        var keys = new StringBuilder("offences:\n");
        for (var i = 0; i < 5_000; i++)
        {
            keys.Append(FormattableString.Invariant($"  - {{code: AB{i:D5}, titel: x, mode: CS}}\n"));
        }

        var result = Yaml.Default().With("offences/bad.yaml", keys.ToString()).TryLoad(new RuleSetLoadOptions { MaxDiagnostics = 100 });

        Assert.False(result.Success);
        Assert.Equal(101, result.Diagnostics.Count);
        Assert.All(result.Diagnostics.Take(100), d => Assert.Equal(DiagnosticCodes.UnknownKey, d.Code));
        // The first hundred, in file order: the limit keeps the earliest mistakes, the ones to fix first.
        Assert.Equal(Enumerable.Range(2, 100), result.Diagnostics.Take(100).Select(d => d.Line));
        var last = result.Diagnostics[^1];
        Assert.Equal((DiagnosticCodes.DiagnosticLimit, DiagnosticSeverity.Error), (last.Code, last.Severity));
        Assert.Equal("The load stopped after 100 diagnostics, the limit set in RuleSetLoadOptions.MaxDiagnostics, with more errors still to report; correct these and load again to see the rest.", last.Message);
    }

    [Fact]
    public void TryLoad_MistakesSpreadOverFiles_AreCutAtTheLimitInFileOrder()
    {
        static string Bad(string prefix) => "offences:\n" + string.Concat(Enumerable.Range(0, 80).Select(i => FormattableString.Invariant($"  - {{code: {prefix}{i:D5}, titel: x, mode: CS}}\n")));

        var result = Yaml.Default().With("offences/a.yaml", Bad("AA")).With("offences/b.yaml", Bad("BB")).TryLoad(new RuleSetLoadOptions { MaxDiagnostics = 100 });

        Assert.Equal(Enumerable.Repeat("offences/a.yaml", 80).Concat(Enumerable.Repeat("offences/b.yaml", 20)), result.Diagnostics.Take(100).Select(d => d.File));
        Assert.Equal(DiagnosticCodes.DiagnosticLimit, result.Diagnostics[^1].Code);
    }

    [Fact]
    public async Task TryLoadFromDirectory_AFifoNamedLikeARuleFile_IsReportedAndNeverOpened()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = TempRules.Of(Yaml.Default());
        MakeFifo(Path.Combine(folder.Path, "x.yaml"));

        // Opening the FIFO would wait for a writer for ever; the load must end without one.
        var result = await Task.Run(() => RuleSetLoader.LoadDirectory(folder.Path), TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Errors);
        Assert.Equal("x.yaml: error POC1008: The rule file is a named pipe (FIFO), not a regular file, so it was not opened; rule files must be regular files.", error.ToString());
    }

    [Fact]
    public void TryLoadFromDirectory_ALinkToADevice_IsReported()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = TempRules.Of(Yaml.Default());
        File.CreateSymbolicLink(Path.Combine(folder.Path, "zero.yaml"), "/dev/zero");

        var error = Assert.Single(RuleSetLoader.LoadDirectory(folder.Path).Errors);

        Assert.Equal(("zero.yaml", DiagnosticCodes.NotARegularFile), (error.File, error.Code));
        Assert.StartsWith("The rule file is a symbolic link to '/dev/zero', outside the rule set folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoadFromDirectory_SymbolicLinkLoop_IsReportedWhateverItsName()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = TempRules.Of(Yaml.Default());
        File.CreateSymbolicLink(Path.Combine(folder.Path, "loop-a"), Path.Combine(folder.Path, "loop-b"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "loop-b"), Path.Combine(folder.Path, "loop-a"));

        var errors = RuleSetLoader.LoadDirectory(folder.Path).Errors.ToList();

        Assert.Equal(["loop-a", "loop-b"], errors.Select(e => e.File));
        Assert.All(errors, e => Assert.Equal("The entry cannot be read: it is a symbolic link that loops. Point it at a rule file inside the rule set folder, or remove it.", e.Message));
    }

    [Fact]
    public void TryLoadFromDirectory_LinkToAFileOutsideTheFolder_IsReportedAndNotRead()
    {
        using var folder = TempRules.Of(Yaml.Default());
        var outside = Path.Combine(Path.GetTempPath(), "poc-outside-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(outside, "categories: []\n");
        try
        {
            File.CreateSymbolicLink(Path.Combine(folder.Path, "extra.yaml"), outside);

            var error = Assert.Single(RuleSetLoader.LoadDirectory(folder.Path).Errors);

            Assert.Equal(("extra.yaml", DiagnosticCodes.NotARegularFile), (error.File, error.Code));
            Assert.Contains("outside the rule set folder, so it was not read", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void TryLoadFromDirectory_LinkToAFileInsideTheFolder_IsRead()
    {
        using var folder = TempRules.Of(Yaml.Default());
        var ordering = Path.Combine(folder.Path, "ordering.yaml");
        var kept = Path.Combine(folder.Path, "kept");
        Directory.CreateDirectory(kept);
        File.Move(ordering, Path.Combine(kept, "ordering.txt"));
        File.CreateSymbolicLink(ordering, Path.Combine(kept, "ordering.txt"));

        var result = RuleSetLoader.LoadDirectory(folder.Path);

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(Yaml.Default().Load().Latest.Hash, result.RuleSet.Latest.Hash);
    }

    [Fact]
    public void TryLoadFromDirectory_TheFolderItselfALink_IsReadThroughIt()
    {
        using var folder = TempRules.Of(Yaml.Default());
        var link = folder.Path + "-current";
        Directory.CreateSymbolicLink(link, folder.Path);
        try
        {
            var result = RuleSetLoader.LoadDirectory(link);

            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        }
        finally
        {
            Directory.Delete(link);
        }
    }

    [Fact]
    public void TryLoadFromDirectory_NamesStartingWithADot_AreNotRuleFiles()
    {
        using var folder = TempRules.Of(Yaml.Default());
        folder.Write(".offences.poc-import/all.yaml", "not: [valid");
        folder.Write(".swap.yaml", "not: [valid");

        var result = RuleSetLoader.LoadDirectory(folder.Path);

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
