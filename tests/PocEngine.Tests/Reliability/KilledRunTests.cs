using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Reliability;

public sealed class KilledRunTests
{
    // A run killed half way must not leave a file that looks complete: results go to a temporary file that is renamed
    // into place only at the end, and that file, left behind by a kill no process survives, is hidden and named for
    // what it is, so no one takes it for the results.
    [Fact]
    public void Calculate_KilledMidRun_LeavesNoOutputFileAndOnlyAHiddenPartial()
    {
        using var folder = new KillFolder();
        var output = Path.Combine(folder.Path, "results.jsonl");
        using var process = folder.Start("calculate", "--output", output);
        var partial = string.Empty;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60) && (partial = Directory.EnumerateFiles(folder.Path, ".results.jsonl.poc-partial-*").FirstOrDefault() ?? string.Empty).Length == 0)
        {
            Thread.Sleep(20);
        }

        // Wait until results are being written, then kill it.
        while (watch.Elapsed < TimeSpan.FromSeconds(60) && partial.Length > 0 && File.Exists(partial) && new FileInfo(partial).Length < 1_000_000)
        {
            Thread.Sleep(20);
        }

        KillFolder.Kill(process);

        Assert.False(File.Exists(output), "A killed run left a file at the output path.");
        Assert.True(new FileInfo(partial).Length > 0);
        Assert.Equal($".results.jsonl.poc-partial-{process.Id}", Path.GetFileName(partial));
        Assert.Equal(["cases.jsonl"], Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')));
    }

    // An audit killed before it finishes leaves the report of an earlier run as it was, not truncated or half written.
    [Fact]
    public void Audit_KilledMidRun_LeavesTheEarlierReportUntouched()
    {
        using var folder = new KillFolder();
        var output = Path.Combine(folder.Path, "audit.md");
        const string Earlier = "# The earlier audit\n";
        File.WriteAllText(output, Earlier);
        using var process = folder.Start("audit", "--output", output);

        // Let it read cases for a while (two million take far longer), then kill it.
        Thread.Sleep(TimeSpan.FromSeconds(2));
        KillFolder.Kill(process);

        Assert.Equal(Earlier, File.ReadAllText(output));
    }

    // Ctrl+C or SIGTERM mid-run: the command unwinds, deletes its temporary file, leaves no output and exits 128 + the
    // signal's number, as shells report a process a signal ended.
    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public void Calculate_InterruptedMidRun_DeletesItsTemporaryFileAndExitsWithTheSignal(string signal, int exitCode)
    {
        using var folder = new KillFolder();
        var output = Path.Combine(folder.Path, "results.jsonl");
        using var process = folder.Start("calculate", "--output", output);
        var partial = Path.Combine(folder.Path, $".results.jsonl.poc-partial-{process.Id}");
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60) && !(File.Exists(partial) && new FileInfo(partial).Length > 1_000_000))
        {
            Thread.Sleep(20);
        }

        KillFolder.Interrupt(process, signal);
        Assert.Equal(exitCode, process.ExitCode);
        Assert.Contains("poc was interrupted; no output file was written or replaced.", process.StandardError.ReadToEnd(), StringComparison.Ordinal);
        Assert.Equal(["cases.jsonl"], Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Audit_InterruptedMidRun_LeavesTheEarlierReportAndNoTemporaryFile()
    {
        using var folder = new KillFolder();
        var output = Path.Combine(folder.Path, "audit.md");
        const string Earlier = "# The earlier audit\n";
        File.WriteAllText(output, Earlier);
        using var process = folder.Start("audit", "--output", output);
        var partial = Path.Combine(folder.Path, $".audit.md.poc-partial-{process.Id}");
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60) && !File.Exists(partial))
        {
            Thread.Sleep(20);
        }

        Thread.Sleep(TimeSpan.FromSeconds(1));
        KillFolder.Interrupt(process, "INT");
        Assert.Equal(130, process.ExitCode);
        Assert.Equal(Earlier, File.ReadAllText(output));
        Assert.Equal(["audit.md", "cases.jsonl"], Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private sealed class KillFolder : IDisposable
    {
        public KillFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "poc-kill-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
            var sample = File.ReadAllLines(System.IO.Path.Combine(Repository.Root, "samples", "cases", "cases.jsonl"));
            Input = System.IO.Path.Combine(Path, "cases.jsonl");
            File.WriteAllLines(Input, Enumerable.Range(0, 2_000_000).Select(i => sample[i % sample.Length]));
        }

        public string Path { get; }

        public string Input { get; }

        public Process Start(string command, params string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in new[] { System.IO.Path.Combine(AppContext.BaseDirectory, "poc.dll"), command, "--input", Input }.Concat(args))
            {
                start.ArgumentList.Add(arg);
            }

            return Process.Start(start)!;
        }

        public static void Kill(Process process)
        {
            Assert.False(process.HasExited, "The run finished before it could be killed; the input is too small for this machine.");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        // Sends the signal (INT, TERM) to the running process and waits for it to stop.
        public static void Interrupt(Process process, string signal)
        {
            Assert.False(process.HasExited, "The run finished before it could be interrupted; the input is too small for this machine.");
            using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                kill.WaitForExit();
            }

            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "The run did not stop on the signal.");
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
