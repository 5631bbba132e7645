using System;

namespace PocEngine;

// Dates cross the public API as DateOnly (net8.0 and later) and as DateTime at midnight (every build, for hosts without
// DateOnly); the engine itself uses DateOnly everywhere (an internal stand-in on netstandard2.0). A DateTime with a time
// of day is refused rather than truncated: a finalisation at 23:30 UTC may be the next day in London, and guessing which
// day the caller meant could pick the wrong rule set version.
internal static class PocDates
{
    public static DateOnly FromDateTime(DateTime date, string parameterName)
    {
        if (date.TimeOfDay != TimeSpan.Zero)
        {
            throw new ArgumentException(FormattableString.Invariant($"The date {date:yyyy-MM-dd HH:mm:ss.FFFFFFF} has a time of day; pass the calendar date only (its .Date, at midnight)."), parameterName);
        }

        return DateOnly.FromDateTime(date);
    }

#if NETSTANDARD2_0
    public static DateTime ToDateTime(DateOnly date) => date.ToDateTime();
#else
    public static DateTime ToDateTime(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
#endif
}
