using System;
using System.Diagnostics;
using System.Threading;

namespace PocEngine;

// The time a load's title patterns may spend matching titles: each pattern its own allowance
// (RuleSetLoadOptions.MaxTitlePatternTime), and all of them together the load's (MaxTotalTitlePatternTime). One clock
// serves every version of a load, across the threads that place the catalogue; RuleMatcher times each match against it.
internal sealed class TitleClock
{
    private long spent;

    public TitleClock(TimeSpan perPattern, TimeSpan total)
    {
        PerPattern = perPattern;
        Total = total;
        PerPatternTicks = Ticks(perPattern);
        TotalTicks = Ticks(total);
    }

    public TimeSpan PerPattern { get; }

    public TimeSpan Total { get; }

    public long PerPatternTicks { get; }

    public long TotalTicks { get; }

    // Adds one match's time; true when the load's total is now spent.
    public bool Spend(long ticks) => Interlocked.Add(ref spent, ticks) > TotalTicks;

    public static TimeSpan ToTimeSpan(long ticks) => TimeSpan.FromSeconds((double)ticks / Stopwatch.Frequency);

    private static long Ticks(TimeSpan span) => span >= TimeSpan.FromDays(1) ? long.MaxValue / 2 : (long)(span.TotalSeconds * Stopwatch.Frequency);
}
