using System;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using PocEngine.Cli.Output;

namespace PocEngine.Cli;

// Ctrl+C (SIGINT), SIGTERM and SIGHUP ask the run to stop: the first cancels the token the commands watch (between
// batches of cases, and before any output is renamed into place), so the command unwinds, its temporary files are
// deleted, and poc exits 128 + the signal's number (130 for Ctrl+C, 143 for SIGTERM, 129 for SIGHUP), as shells do for
// a process a signal ends. A second signal, for a run that does not stop soon enough (one waiting on a terminal for
// its input), ends the process at once, after deleting the temporary files.
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource source = new();
    private readonly PosixSignalRegistration[] registrations;
    private int signal;

    private Interruption() =>
        registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }.Select(s => PosixSignalRegistration.Create(s, Handle))];

    public CancellationToken Token => source.Token;

    // 128 + the number of the signal that interrupted the run.
    public int ExitCode => 128 + signal;

    public static Interruption Listen() => new();

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }

        source.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        var number = context.Signal switch
        {
            PosixSignal.SIGINT => 2,
            PosixSignal.SIGTERM => 15,
            _ => 1,
        };
        if (Interlocked.CompareExchange(ref signal, number, 0) == 0)
        {
            context.Cancel = true;
            source.Cancel();
            return;
        }

        AtomicFile.DeleteTemporaries();
    }
}
