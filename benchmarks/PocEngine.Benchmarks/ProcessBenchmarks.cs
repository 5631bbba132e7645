using System;
using System.Diagnostics;
using System.IO;
using BenchmarkDotNet.Attributes;
using PocEngine.Cli.Commands;

namespace PocEngine.Benchmarks;

// The poc tool as a user runs it: each invocation a fresh process ('dotnet poc.dll ...', the framework-dependent tool
// as 'dotnet tool install' gives it), timed from start to exit, the runtime's start and the rule set's load included.
// The baseline, 'poc --version', is the floor every command pays: the runtime and the tool's assemblies starting.
// Calculate_Million reads the sample corpus repeated to a million lines (CaseFile, written once in setup) and writes
// its results to a file; ColdLoad is this assembly's '--cold-load', the first load of the default rule set in a fresh
// process. The machines are noisy: compare each figure with the baseline of the same run. An operation is a whole
// process, so time it as one ('--strategy Monitoring --warmupCount 1 --iterationCount 7', benchmarks/README.md); the
// job is left to the command line so that CI's dry run starts each process once.
public class ProcessBenchmarks
{
    private string poc = null!;
    private string folder = null!;
    private string oneCase = null!;
    private string million = null!;

    [GlobalSetup]
    public void Setup()
    {
        poc = typeof(CaseBatch).Assembly.Location;
        if (!File.Exists(Path.ChangeExtension(poc, ".runtimeconfig.json")))
        {
            throw new InvalidOperationException($"The tool '{poc}' has no runtime configuration beside it, so it cannot run as a process; build the benchmarks project first.");
        }

        folder = Directory.CreateTempSubdirectory("poc-process-bench-").FullName;
        oneCase = Path.Combine(folder, "one.jsonl");
        million = Path.Combine(folder, "million.jsonl");
        CaseFile.WriteFile(oneCase, 1);
        CaseFile.WriteFile(million, 1_000_000);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark(Baseline = true)]
    public int Version_Process() => Run(poc, "--version");

    [Benchmark]
    public int Calculate_OneCaseProcess() => Run(poc, "calculate", "--input", oneCase, "--output", Path.Combine(folder, "one-out.jsonl"));

    [Benchmark]
    public int Calculate_MillionProcess() => Run(poc, "calculate", "--input", million, "--output", Path.Combine(folder, "million-out.jsonl"));

    [Benchmark]
    public int ColdLoad_Process() => Run(typeof(ProcessBenchmarks).Assembly.Location, "--cold-load");

    // Runs 'dotnet ASSEMBLY ARGS', its output read and dropped, and fails on a non-zero exit.
    private static int Run(string assembly, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(assembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"'dotnet {assembly}' did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? 0 : throw new InvalidOperationException($"'dotnet {Path.GetFileName(assembly)} {string.Join(' ', args)}' exited {process.ExitCode}: {error}");
    }
}
