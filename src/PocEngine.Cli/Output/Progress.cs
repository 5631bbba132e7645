using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace PocEngine.Cli.Output;

// A progress line on standard error, only when it is a terminal, at most a few times a second. Written by hand rather
// than with Spectre.Console's Progress or Status: those own the terminal for the length of a callback and, as their
// documentation says, other writes to the console meanwhile are not supported, while 'poc calculate' reports each
// malformed line on standard error the moment it reads it. One '\r'-rewritten line interleaves with those safely.
internal sealed class Progress(TextWriter error)
{
    private readonly bool enabled = Terminal.IsInteractive(error);
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private long lastShown;

    public void Report(long cases)
    {
        if (!enabled || watch.ElapsedMilliseconds - lastShown < 250)
        {
            return;
        }

        lastShown = watch.ElapsedMilliseconds;
        error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{cases:N0} cases, {cases / Math.Max(watch.Elapsed.TotalSeconds, 0.001):N0} a second   "));
    }

    public void Done()
    {
        if (enabled && lastShown > 0)
        {
            error.Write('\r' + new string(' ', 60) + '\r');
        }
    }
}
