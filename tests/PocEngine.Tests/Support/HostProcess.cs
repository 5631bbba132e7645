using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Threading;

namespace PocEngine.Tests.Support;

// The test host (tests/PocEngine.TestHost) in its own process: a CMS-like host watching a rules folder and calculating
// without pause, under a heap limit as in a container. Status() asks it for one JSON line of its state.
internal sealed class HostProcess : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Process process;
    private readonly List<string> errors = [];

    public HostProcess(string rulesFolder, string heapHardLimit)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "poc-test-host.dll"));
        start.ArgumentList.Add(rulesFolder);
        start.Environment["DOTNET_GCHeapHardLimit"] = heapHardLimit;
        process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (errors)
                {
                    errors.Add(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        var first = ReadLine(TimeSpan.FromMinutes(2));
        if (first != "ready")
        {
            throw new InvalidOperationException($"The host did not start: '{first}'. {Errors}");
        }
    }

    public string Errors
    {
        get
        {
            lock (errors)
            {
                return string.Join("\n", errors);
            }
        }
    }

    public bool HasExited => process.HasExited;

    public HostStatus Status()
    {
        if (process.HasExited)
        {
            throw new InvalidOperationException($"The host has ended (exit code {process.ExitCode}): {Errors}");
        }

        process.StandardInput.WriteLine("status");
        var line = ReadLine(TimeSpan.FromMinutes(1)) ?? throw new InvalidOperationException("The host ended: " + Errors);
        return JsonSerializer.Deserialize<HostStatus>(line, Json) ?? throw new InvalidOperationException(line);
    }

    // Asks for the status until it satisfies the condition, for at most the time given.
    public HostStatus WaitFor(Func<HostStatus, bool> condition, string what, TimeSpan? limit = null)
    {
        var deadline = Stopwatch.StartNew();
        HostStatus status;
        while (!condition(status = Status()))
        {
            if (deadline.Elapsed > (limit ?? TimeSpan.FromSeconds(60)))
            {
                throw new TimeoutException($"The host never reached '{what}'; last status: {JsonSerializer.Serialize(status)}");
            }

            Thread.Sleep(200);
        }

        return status;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.StandardInput.WriteLine("quit");
            if (!process.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process.Dispose();
    }

    private string? ReadLine(TimeSpan limit)
    {
        var read = process.StandardOutput.ReadLineAsync();
        return read.Wait(limit) ? read.Result : throw new TimeoutException("The host did not answer in time. " + Errors);
    }
}

internal sealed record HostStatus(
    string Health,
    string Description,
    string? Hash,
    string? Category,
    long Calculated,
    long Failed,
    long MeterCalculations,
    long MeterReloads,
    long MeterReloadFailures,
    long StatusReloads,
    long StatusFailedReloads,
    string[] GaugeHashes,
    long WorkingSetMB);
