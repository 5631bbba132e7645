using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Reloading;

// A host that watches its rules folder survives whatever is dropped into it: the host (tests/PocEngine.TestHost, in
// its own process with a 768 MB heap as in a container) keeps calculating with the last good rule set, its health
// check reports Degraded while the folder's latest content fails to load and Healthy once a good rule set lands, and
// the meter's counters match what happened. The folder is reached through a symbolic link, as atomic deployments do.
public sealed class HostTests : IDisposable
{
    private const string HeapLimit = "0x30000000";
    private readonly string root = Directory.CreateTempSubdirectory("poc-host-").FullName;

    [Fact]
    public void Host_HostileDropsIntoItsRulesFolder_KeepsCalculatingWithTheLastGoodRuleSet()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var release1 = CopyDefaultRules("release-1");
        var current = Path.Combine(root, "current");
        Directory.CreateSymbolicLink(current, release1);
        using var host = new HostProcess(current, HeapLimit);
        var start = host.WaitFor(s => s.Calculated > 0, "calculating");
        Assert.Equal(("Healthy", "robbery"), (start.Health, start.Category));
        var goodHash = start.Hash!;
        var failures = 0;

        // Each drop: the host reports Degraded with the drop's diagnostic, keeps the good version, goes on calculating;
        // once the drop is taken away, Healthy again.
        void Survives(string diagnostic, Action drop, Action undo)
        {
            var before = host.Status();
            drop();
            var degraded = host.WaitFor(s => s.Health == "Degraded" && s.StatusFailedReloads > before.StatusFailedReloads, "degraded after " + diagnostic);
            Assert.True(degraded.Description.Contains(diagnostic, StringComparison.Ordinal), degraded.Description);
            Assert.Equal(goodHash, degraded.Hash);
            host.WaitFor(s => s.Calculated > degraded.Calculated + 1_000, "calculating after " + diagnostic);
            undo();
            host.WaitFor(s => s.Health == "Healthy", "healthy after " + diagnostic);
            failures++;
        }

        // Four files of 600,000 unknown keys (29 MB each), moved in: more than the load's bytes, so none is read.
        Survives(
            "POC1036",
            () =>
            {
                for (var i = 0; i < 4; i++)
                {
                    MoveIn(release1, $"huge-{i}.yaml", UnknownKeys(600_000));
                }
            },
            () => Delete(release1, "huge-*.yaml"));

        // One file as large as a file may be, of unknown keys: read, and stopped at the diagnostic limit (a thousand
        // unknown keys, then the stop).
        Survives("(1,001 errors in all): keys.yaml(1,1): error POC1010", () => MoveIn(release1, "keys.yaml", UnknownKeys(150_000)), () => Delete(release1, "keys.yaml"));

        // A symbolic link loop.
        Survives(
            "POC1008",
            () =>
            {
                File.CreateSymbolicLink(Path.Combine(release1, "loop-a"), Path.Combine(release1, "loop-b"));
                File.CreateSymbolicLink(Path.Combine(release1, "loop-b"), Path.Combine(release1, "loop-a"));
            },
            () => Delete(release1, "loop-*"));

        // A FIFO named like a rule file: opening it would wait for ever.
        Survives("POC1008", () => Run("mkfifo", Path.Combine(release1, "x.yaml")), () => Delete(release1, "x.yaml"));

        // A title pattern that backtracks a little on each of the 30,000 titles (minutes without the load's budget).
        var rules = File.ReadAllText(Path.Combine(release1, "category-rules.yaml"));
        var slow = rules.Replace("category-rules:\n", "category-rules:\n  - id: slow\n    reason: backtracks\n    when: {title: \"(.?){12}#\"}\n    category: robbery\n", StringComparison.Ordinal);
        Assert.NotEqual(rules, slow);
        Survives("POC1055", () => MoveIn(release1, "category-rules.yaml", slow), () => MoveIn(release1, "category-rules.yaml", rules));

        // The folder deleted, then created again with a changed rule set: Degraded while it is gone, then the new one.
        Directory.Delete(release1, recursive: true);
        var gone = host.WaitFor(s => s.Health == "Degraded" && s.Description.Contains("does not exist", StringComparison.Ordinal), "degraded with the folder gone");
        Assert.Equal(goodHash, gone.Hash);
        failures++;
        CopyDefaultRules("release-1");
        MoveIn(release1, "ordering.yaml", "ordering: [maximum-penalty, mode-of-trial, category-precedence, offence-code]\n");
        var recreated = host.WaitFor(s => s.Health == "Healthy" && s.Hash != goodHash, "the recreated folder's rule set in service");

        // The link switched to another release folder, atomically: its rule set comes into service.
        var release2 = CopyDefaultRules("release-2");
        MoveIn(release2, "ordering.yaml", "ordering: [category-precedence, mode-of-trial, maximum-penalty, offence-code]\n");
        var next = Path.Combine(root, "next");
        Directory.CreateSymbolicLink(next, release2);
        Run("mv", "-T", next, current);
        var switched = host.WaitFor(s => s.Health == "Healthy" && s.Hash != goodHash && s.Hash != recreated.Hash, "the switched release's rule set in service");

        // The host never stopped, never failed a calculation, and the meter saw what the status saw.
        var end = host.Status();
        Assert.False(host.HasExited);
        Assert.Equal(0, end.Failed);
        // The switched release ranks category precedence first: ABH's category now outranks robbery's.
        Assert.Equal("offences-against-the-person", end.Category);
        Assert.Equal(2, end.StatusReloads);
        Assert.Equal(end.StatusReloads, end.MeterReloads);
        Assert.Equal(end.StatusFailedReloads, end.MeterReloadFailures);
        Assert.True(end.StatusFailedReloads >= failures, $"{end.StatusFailedReloads} failed reloads, {failures} failures dropped in");
        Assert.Equal(end.Calculated, end.MeterCalculations);
        Assert.Equal([switched.Hash!], end.GaugeHashes);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string CopyDefaultRules(string name)
    {
        var target = Path.Combine(root, name);
        foreach (var file in Directory.EnumerateFiles(Repository.Rules, "*.yaml", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Repository.Rules, file);
            if (relative.StartsWith("tests", StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }

        return target;
    }

    // Written beside the folder, then renamed in, as a deployment does: the watcher sees a whole file.
    private void MoveIn(string folder, string name, string text)
    {
        var temporary = Path.Combine(root, Guid.NewGuid().ToString("N"));
        File.WriteAllText(temporary, text);
        File.Move(temporary, Path.Combine(folder, name), overwrite: true);
    }

    private static void Delete(string folder, string pattern)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(folder, pattern))
        {
            File.Delete(path);
        }
    }

    private static string UnknownKeys(int count)
    {
        var text = new StringBuilder(count * 48);
        for (var i = 0; i < count; i++)
        {
            text.Append("unknown-key-number-").Append(i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)).Append(": some value here\n");
        }

        return text.ToString();
    }

    private static void Run(string command, params string[] args)
    {
        using var process = Process.Start(command, args)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
