using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace PocEngine.Tests.Support;

// Runs the real 'poc' tool in its own process, as a maintainer or CI would, and captures what it prints.
internal static class PocProcess
{
    public static PocRun RunWithInput(string? standardInput, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "poc.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("poc " + string.Join(' ', args) + " did not finish in two minutes.");
        }

        Task.WaitAll(output, error);
        return new PocRun(process.ExitCode, output.Result, error.Result);
    }

    public static PocRun Run(params string[] args) => RunWithInput(null, args);

    // The tool's own entry point in this process, with its output and error captured: for the many runs that need
    // neither a real standard input nor signals.
    public static PocRun InProcess(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = PocEngine.Cli.Program.Run(args, output, error);
        return new PocRun(code, output.ToString(), error.ToString());
    }
}

internal sealed record PocRun(int ExitCode, string Output, string Error);
