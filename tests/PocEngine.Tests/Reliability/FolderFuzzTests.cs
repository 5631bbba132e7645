using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Reliability;

// Rules folders with arbitrary entries (files of any size and bytes, links inside, outside, looping, to folders and
// devices, FIFOs, deep folders, dot-names) loaded by the test host under a 256 MB heap: every load returns a rule set
// or diagnostics within its budget. CI runs the default count; for a long run:
//   POC_FUZZ_ITERATIONS=100000 dotnet test -- --filter-class "*FolderFuzzTests"
public sealed class FolderFuzzTests
{
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("POC_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Max(n / 10, 50) : 300;

    [Fact]
    public async Task TryLoadFromDirectory_ArbitraryFolderContents_GivesARuleSetOrDiagnosticsWithinTheBudget()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = TempRules.Of(Yaml.Default());
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "poc-test-host.dll"));
        foreach (var arg in new[] { "--fuzz-folders", folder.Path, Iterations.ToString(CultureInfo.InvariantCulture), "20261206" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = "0x10000000";
        using var fuzz = Process.Start(start)!;
        var error = fuzz.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = await fuzz.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await fuzz.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(10), TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine(output);
        Assert.True(fuzz.ExitCode == 0, output + await error);
        Assert.StartsWith($"{Iterations} folders: ", output, StringComparison.Ordinal);
    }
}
