using System;
using System.Globalization;
using System.Text;

namespace PocEngine;

/// <summary>Describes the statutory maximum custodial penalty of an offence: life, or a term.</summary>
/// <remarks>
/// <para>
/// Penalties compare and are equal by their length, with a year as twelve months and a month as a twelfth of 365.25
/// days, so <c>12m</c> equals <c>1y</c> (and <c>==</c>, <see cref="Equals(MaximumPenalty)"/> and
/// <see cref="CompareTo(MaximumPenalty)"/> always agree). Life outranks every term. Two equal penalties may be
/// written differently: compare <see cref="ToString"/> to tell <c>12m</c> from <c>1y</c>.
/// </para>
/// <para>
/// The text form is <c>life</c> or units in the order years, months, weeks, days: <c>14y</c>, <c>6m</c>, <c>1y6m</c>,
/// <c>14d</c>. <c>default(MaximumPenalty)</c> is a term of no length, written <c>none</c>, which
/// <see cref="Term"/> and <see cref="TryParse"/> never give; it ranks below every term. An unknown maximum is
/// <see langword="null"/>, never the default.
/// </para>
/// </remarks>
public readonly struct MaximumPenalty : IEquatable<MaximumPenalty>, IComparable<MaximumPenalty>
{
    // Units of 1/48 day make every unit an integer: a day is 48, a week 336, a month 1461, a year 17532.
    private const long DayUnits = 48;
    private const long WeekUnits = 7 * DayUnits;
    private const long MonthUnits = 1461;
    private const long YearUnits = 12 * MonthUnits;
    private const int MaxComponent = 10_000;

    private readonly long length;

    private MaximumPenalty(bool isLife, int years, int months, int weeks, int days)
    {
        IsLife = isLife;
        Years = years;
        Months = months;
        Weeks = weeks;
        Days = days;
        length = isLife ? long.MaxValue : (years * YearUnits) + (months * MonthUnits) + (weeks * WeekUnits) + (days * DayUnits);
    }

    /// <summary>Gets the life maximum.</summary>
    public static MaximumPenalty Life { get; } = new(true, 0, 0, 0, 0);

    /// <summary>Gets a value indicating whether the maximum is life.</summary>
    public bool IsLife { get; }

    /// <summary>Gets the years of a term.</summary>
    public int Years { get; }

    /// <summary>Gets the months of a term.</summary>
    public int Months { get; }

    /// <summary>Gets the weeks of a term.</summary>
    public int Weeks { get; }

    /// <summary>Gets the days of a term.</summary>
    public int Days { get; }

    /// <summary>Creates a term of custody.</summary>
    /// <param name="years">Years, from 0 to 10,000.</param>
    /// <param name="months">Months, from 0 to 10,000.</param>
    /// <param name="weeks">Weeks, from 0 to 10,000.</param>
    /// <param name="days">Days, from 0 to 10,000.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A component is out of range, or all are zero.</exception>
    public static MaximumPenalty Term(int years = 0, int months = 0, int weeks = 0, int days = 0)
    {
        CheckComponent(years, nameof(years));
        CheckComponent(months, nameof(months));
        CheckComponent(weeks, nameof(weeks));
        CheckComponent(days, nameof(days));
        if (years == 0 && months == 0 && weeks == 0 && days == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(years), "A term needs at least one non-zero unit.");
        }

        return new MaximumPenalty(false, years, months, weeks, days);
    }

    /// <summary>Reads the text form of a maximum penalty.</summary>
    /// <param name="text">For example <c>life</c>, <c>14y</c>, <c>6m</c>, <c>1y6m</c> or <c>14d</c>.</param>
    /// <param name="penalty">The penalty, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the text is a valid maximum penalty.</returns>
    public static bool TryParse(string? text, out MaximumPenalty penalty)
    {
        penalty = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (string.Equals(text, "life", StringComparison.Ordinal))
        {
            penalty = Life;
            return true;
        }

        Span<int> parts = stackalloc int[4];
        var nextUnit = 0;
        var i = 0;
        while (i < text!.Length)
        {
            var start = i;
            while (i < text.Length && text[i] is >= '0' and <= '9')
            {
                i++;
            }

            if (i == start || i - start > 5 || i == text.Length)
            {
                return false;
            }

#if NETSTANDARD2_0
            var value = int.Parse(text.Substring(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture);
#else
            var value = int.Parse(text.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture);
#endif
            var unit = text[i] switch { 'y' => 0, 'm' => 1, 'w' => 2, 'd' => 3, _ => -1 };
            if (unit < nextUnit || value == 0 || value > MaxComponent)
            {
                return false;
            }

            parts[unit] = value;
            nextUnit = unit + 1;
            i++;
        }

        penalty = new MaximumPenalty(false, parts[0], parts[1], parts[2], parts[3]);
        return true;
    }

    /// <inheritdoc/>
    public int CompareTo(MaximumPenalty other) => length.CompareTo(other.length);

    /// <inheritdoc/>
    public bool Equals(MaximumPenalty other) => length == other.length;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MaximumPenalty other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => length.GetHashCode();

    /// <summary>Formats the penalty in its text form, for example <c>life</c> or <c>14y</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString()
    {
        if (IsLife)
        {
            return "life";
        }

        var text = new StringBuilder();
        Append(text, Years, 'y');
        Append(text, Months, 'm');
        Append(text, Weeks, 'w');
        Append(text, Days, 'd');
        return text.Length == 0 ? "none" : text.ToString();
    }

    /// <summary>Describes the penalty in words, for example <c>life</c> or <c>14 years</c>.</summary>
    /// <returns>The description.</returns>
    public string Describe()
    {
        if (IsLife)
        {
            return "life";
        }

        var text = new StringBuilder();
        AppendWords(text, Years, "year");
        AppendWords(text, Months, "month");
        AppendWords(text, Weeks, "week");
        AppendWords(text, Days, "day");
        return text.ToString();
    }

    /// <summary>Compares two penalties by length.</summary>
    /// <param name="left">The first penalty.</param>
    /// <param name="right">The second penalty.</param>
    /// <returns>Whether the first is longer.</returns>
    public static bool operator >(MaximumPenalty left, MaximumPenalty right) => left.CompareTo(right) > 0;

    /// <summary>Compares two penalties by length.</summary>
    /// <param name="left">The first penalty.</param>
    /// <param name="right">The second penalty.</param>
    /// <returns>Whether the first is shorter.</returns>
    public static bool operator <(MaximumPenalty left, MaximumPenalty right) => left.CompareTo(right) < 0;

    /// <summary>Compares two penalties by length.</summary>
    /// <param name="left">The first penalty.</param>
    /// <param name="right">The second penalty.</param>
    /// <returns>Whether the first is at least as long.</returns>
    public static bool operator >=(MaximumPenalty left, MaximumPenalty right) => left.CompareTo(right) >= 0;

    /// <summary>Compares two penalties by length.</summary>
    /// <param name="left">The first penalty.</param>
    /// <param name="right">The second penalty.</param>
    /// <returns>Whether the first is at most as long.</returns>
    public static bool operator <=(MaximumPenalty left, MaximumPenalty right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether two penalties are of the same length.</summary>
    /// <param name="left">The first penalty.</param>
    /// <param name="right">The second penalty.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(MaximumPenalty left, MaximumPenalty right) => left.Equals(right);

    /// <summary>Tells whether two penalties differ in length.</summary>
    /// <param name="left">The first penalty.</param>
    /// <param name="right">The second penalty.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(MaximumPenalty left, MaximumPenalty right) => !left.Equals(right);

    internal long Length => length;

    private static void CheckComponent(int value, string name)
    {
        if (value is < 0 or > MaxComponent)
        {
            throw new ArgumentOutOfRangeException(name, value, "Each unit of a term must be from 0 to 10,000.");
        }
    }

    private static void Append(StringBuilder text, int value, char unit)
    {
        if (value != 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    private static void AppendWords(StringBuilder text, int value, string unit)
    {
        if (value == 0)
        {
            return;
        }

        if (text.Length > 0)
        {
            text.Append(' ');
        }

        text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(unit);
        if (value != 1)
        {
            text.Append('s');
        }
    }
}
