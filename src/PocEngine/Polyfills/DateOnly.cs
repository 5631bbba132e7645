#if NETSTANDARD2_0
using System.Globalization;

namespace System;

// netstandard2.0 has no System.DateOnly. This internal stand-in carries only the members the engine uses, so that the
// engine's code is the same on every target; dates cross the public API as DateTime there (PocDates converts).
internal readonly struct DateOnly : IEquatable<DateOnly>, IFormattable
{
    private readonly DateTime value;

    private DateOnly(DateTime value) => this.value = value;

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

    public string ToString(string? format, IFormatProvider? formatProvider) => value.ToString(format ?? "yyyy-MM-dd", formatProvider);

    public override string ToString() => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
#endif
