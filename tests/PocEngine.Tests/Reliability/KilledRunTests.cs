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
    // into place only at the end.
    [Fact]
    public void Calculate_KilledMidRun_LeavesNoOutputFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "poc-kill-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var sample = File.ReadAllLines(Path.Combine(Repository.Root, "samples", "cases", "cases.jsonl"));
            var input = Path.Combine(folder, "cases.jsonl");
            File.WriteAllLines(input, Enumerable.Range(0, 2_000_000).Select(i => sample[i % sample.Length]));
            var output = Path.Combine(folder, "results.jsonl");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "poc.dll"), "calculate", "--input", input, "--output", output })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var partial = string.Empty;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromSeconds(60) && (partial = Directory.EnumerateFiles(folder, "results.jsonl.partial-*").FirstOrDefault() ?? string.Empty).Length == 0)
            {
                Thread.Sleep(20);
            }

            // Wait until results are being written, then kill it.
            while (watch.Elapsed < TimeSpan.FromSeconds(60) && partial.Length > 0 && File.Exists(partial) && new FileInfo(partial).Length < 1_000_000)
            {
                Thread.Sleep(20);
            }

            Assert.False(process.HasExited, "The run finished before it could be killed; the input is too small for this machine.");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();

            Assert.False(File.Exists(output), "A killed run left a file at the output path.");
            Assert.True(new FileInfo(partial).Length > 0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
