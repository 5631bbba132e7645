#if NETSTANDARD2_0
using System.Globalization;

namespace System;

// netstandard2.0 has no System.DateOnly. This internal stand-in carries the members the engine uses, so that the
// engine's code is the same on every target; the public API of the netstandard2.0 build takes and returns DateTime
// (a date at midnight) where the other builds use DateOnly, converting at the boundary with PocDates.
internal readonly struct DateOnly : IEquatable<DateOnly>, IComparable<DateOnly>, IFormattable
{
    private readonly DateTime value;

    private DateOnly(DateTime value) => this.value = value;

    public DateOnly(int year, int month, int day) => value = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);

    public int Year => value.Year;

    public int Month => value.Month;

    public int Day => value.Day;

    public int DayNumber => (int)(value.Ticks / TimeSpan.TicksPerDay);

    public static DateOnly FromDateTime(DateTime dateTime) => new(DateTime.SpecifyKind(dateTime.Date, DateTimeKind.Unspecified));

    public DateTime ToDateTime() => value;

    public static bool TryParseExact(string? s, string format, IFormatProvider? provider, DateTimeStyles style, out DateOnly result)
    {
        if (DateTime.TryParseExact(s, format, provider, style, out var parsed) && parsed.TimeOfDay == TimeSpan.Zero)
        {
            result = new DateOnly(parsed);
            return true;
        }

        result = default;
        return false;
    }

    public static bool operator ==(DateOnly left, DateOnly right) => left.value == right.value;

    public static bool operator !=(DateOnly left, DateOnly right) => left.value != right.value;

    public static bool operator <(DateOnly left, DateOnly right) => left.value < right.value;

    public static bool operator <=(DateOnly left, DateOnly right) => left.value <= right.value;

    public static bool operator >(DateOnly left, DateOnly right) => left.value > right.value;

    public static bool operator >=(DateOnly left, DateOnly right) => left.value >= right.value;

    public bool Equals(DateOnly other) => value == other.value;

    public override bool Equals(object? obj) => obj is DateOnly other && Equals(other);

    public override int GetHashCode() => value.GetHashCode();

    public int CompareTo(DateOnly other) => value.CompareTo(other.value);

    public string ToString(string? format, IFormatProvider? formatProvider) => value.ToString(format ?? "yyyy-MM-dd", formatProvider);

    public override string ToString() => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
#endif
