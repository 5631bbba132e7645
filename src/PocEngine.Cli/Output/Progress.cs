using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace PocEngine.Cli.Output;

// A progress line on standard error, only when it is a terminal, at most a few times a second.
internal sealed class Progress(TextWriter error)
{
    private readonly bool enabled = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
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
