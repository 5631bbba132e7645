using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PocEngine.Cli.Output;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Cli;

// No output destroys anything: not the input (however it is reached), not another output, not a link, a pipe or a
// device. Before, every output was a temporary file renamed over the path, whatever the path named.
public sealed class AtomicFileTests : IDisposable
{
    private const string Case = """{"id":"A","finalisedOn":"2024-05-01","finalisation":"conviction","recordedCategory":"robbery","charges":[{"code":"TH68023"}]}""";

    private readonly string folder = Directory.CreateTempSubdirectory("poc-outputs-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("same")]
    [InlineData("symlink")]
    [InlineData("hardlink")]
    public void Calculate_OutputThatIsTheInput_IsRefusedBeforeAnyWorkAndTheInputKept(string how)
    {
        var input = Input();
        var output = how switch
        {
            "same" => input,
            "symlink" => Path.Combine(folder, "link.jsonl"),
            _ => Path.Combine(folder, "hard.jsonl"),
        };
        if (how == "symlink")
        {
            File.CreateSymbolicLink(output, input);
        }
        else if (how == "hardlink")
        {
            Shell("ln", input, output);
        }

        var run = PocProcess.InProcess("calculate", "--input", input, "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"The --output file '{output}' is the --input file '{input}' (the same file, by device and inode); poc never writes over what it reads, so write to another file.", run.Error.Trim());
        Assert.Equal(Case + "\n", File.ReadAllText(input));
        Assert.Empty(Directory.EnumerateFiles(folder, ".*"));
    }

    [Theory]
    [InlineData("--output")]
    [InlineData("--html")]
    public void Audit_OutputThatIsTheInput_IsRefused(string option)
    {
        var input = Input();

        var run = PocProcess.InProcess("audit", "--input", input, option, input);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"The {option} file '{input}' is the --input file", run.Error, StringComparison.Ordinal);
        Assert.Equal(Case + "\n", File.ReadAllText(input));
    }

    [Fact]
    public void Audit_TwoOutputsToOneFile_IsRefused()
    {
        var report = Path.Combine(folder, "report");

        var run = PocProcess.InProcess("audit", "--input", Input(), "--output", report, "--html", report);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"The --html file '{report}' is also the --output file; give each output a file of its own.", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(report));
    }

    [Fact]
    public void Review_OutputOverARuleFile_IsRefusedAndTheRulesKept()
    {
        using var rules = TempRules.Of(Yaml.Default());
        var header = Path.Combine(rules.Path, "ruleset.yaml");
        var before = File.ReadAllText(header);

        var run = PocProcess.InProcess("review", "--rules", rules.Path, "--csv", header);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"The --csv file '{header}' is a file of the --rules folder, '", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(header));
    }

    [Fact]
    public void Calculate_OutputThatIsASymbolicLink_ReplacesItsTargetAndKeepsTheLink()
    {
        var target = Path.Combine(folder, "results.jsonl");
        File.WriteAllText(target, "old results\n");
        var link = Path.Combine(folder, "latest.jsonl");
        File.CreateSymbolicLink(link, "results.jsonl");

        var run = PocProcess.InProcess("calculate", "--input", Input(), "--output", link);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(FileEntryKind.SymbolicLink, FileEntry.Of(link, followLinks: false).Kind);
        Assert.StartsWith("{\"id\":\"A\"", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(folder, ".*"));
    }

    [Fact]
    public void Calculate_OutputReplacingAFile_KeepsItsPermissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var output = Path.Combine(folder, "results.jsonl");
        File.WriteAllText(output, "old\n");
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var run = PocProcess.InProcess("calculate", "--input", Input(), "--output", output);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(output));
    }

    // A character device node (a /dev/null of the test's own, so that a failure cannot replace the machine's) is
    // written to, and stays a device.
    [Fact]
    public void Audit_OutputThatIsACharacterDevice_IsWrittenToAndStaysADevice()
    {
        var device = Path.Combine(folder, "null");
        Shell("mknod", device, "c", "1", "3");

        var run = PocProcess.InProcess("audit", "--input", Input(), "--output", device, "--html", device);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(FileEntryKind.CharacterDevice, FileEntry.Of(device, followLinks: false).Kind);
        Assert.Empty(Directory.EnumerateFiles(folder, ".*"));
    }

    [Fact]
    public async Task Calculate_OutputThatIsANamedPipe_StreamsToItsReaderAndStaysAPipe()
    {
        var fifo = Path.Combine(folder, "results.fifo");
        Shell("mkfifo", fifo);
        var reader = Task.Run(() => File.ReadAllText(fifo), TestContext.Current.CancellationToken);

        var run = PocProcess.InProcess("calculate", "--input", Input(), "--output", fifo);

        Assert.True(run.ExitCode == 0, run.Error);
        var text = await reader.WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        Assert.StartsWith("{\"id\":\"A\"", text, StringComparison.Ordinal);
        Assert.Equal(FileEntryKind.Fifo, FileEntry.Of(fifo, followLinks: false).Kind);
    }

    [Fact]
    public void Calculate_OutputDevStdout_WritesToStandardOutput()
    {
        var run = PocProcess.Run("calculate", "--input", Input(), "--output", "/dev/stdout");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("{\"id\":\"A\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_StandardOutputAppendedToTheInput_IsRefused()
    {
        var input = Input();

        var start = new ProcessStartInfo("sh") { RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec dotnet '{Path.Combine(AppContext.BaseDirectory, "poc.dll")}' calculate --input '{input}' >> '{input}'");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(2, process.ExitCode);
        Assert.StartsWith($"Standard output is the --input file '{input}'", error, StringComparison.Ordinal);
        Assert.Equal(Case + "\n", File.ReadAllText(input));
    }

    private string Input()
    {
        var input = Path.Combine(folder, "cases.jsonl");
        File.WriteAllText(input, Case + "\n");
        return input;
    }

    private static void Shell(string command, params string[] args)
    {
        using var process = Process.Start(command, args);
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command} failed");
    }
}
