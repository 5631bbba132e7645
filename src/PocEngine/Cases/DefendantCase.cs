using System;
using System.Collections.Generic;

namespace PocEngine;

/// <summary>Describes a defendant's case at finalisation: when and how it was finalised, and its charges.</summary>
/// <remarks>
/// Two cases are equal when they have the same id, date, finalisation and charges, the charges equal one by one in
/// the same order (a <see cref="Charge"/> compares by value). The case holds its own copy of the charges, so changing
/// the list it was made from does not change it.
/// </remarks>
public sealed record DefendantCase
{
    private readonly Charge[] charges = [];

    private readonly DateOnly date;

#if !NETSTANDARD2_0
    /// <summary>Creates a case finalised on a date, in a way, with the given charges.</summary>
    /// <param name="finalisedOn">The date of finalisation; it selects the rule set version in force.</param>
    /// <param name="finalisation">How the case was finalised.</param>
    /// <param name="charges">The charges on the case; removed ones are kept and flagged, not omitted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="charges"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="finalisation"/> is not a defined value.</exception>
    public DefendantCase(DateOnly finalisedOn, FinalisationKind finalisation, IEnumerable<Charge> charges)
    {
        date = finalisedOn;
        Finalisation = finalisation;
        Charges = CopyCharges(charges);
    }
#endif

    /// <summary>
    /// Creates a case finalised on a date given as a <see cref="DateTime"/> at midnight, for hosts without
    /// <c>DateOnly</c> (.NET Framework and other netstandard2.0 hosts); every build has it, so a netstandard2.0 library
    /// built against it runs unchanged on the newer builds. The value's <see cref="DateTime.Kind"/> is ignored.
    /// </summary>
    /// <param name="finalisedOn">The date of finalisation, at midnight; it selects the rule set version in force.</param>
    /// <param name="finalisation">How the case was finalised.</param>
    /// <param name="charges">The charges on the case; removed ones are kept and flagged, not omitted.</param>
    /// <exception cref="ArgumentException"><paramref name="finalisedOn"/> has a time of day: pass the calendar date (its <c>.Date</c>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="charges"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="finalisation"/> is not a defined value.</exception>
    public DefendantCase(DateTime finalisedOn, FinalisationKind finalisation, IEnumerable<Charge> charges)
    {
        date = PocDates.FromDateTime(finalisedOn, nameof(finalisedOn));
        Finalisation = finalisation;
        Charges = CopyCharges(charges);
    }

    /// <summary>Gets the caller's identifier for the case, where known.</summary>
    public string? Id { get; init; }

#if !NETSTANDARD2_0
    /// <summary>Gets the date of finalisation.</summary>
    public DateOnly FinalisedOn
    {
        get => date;
        init => date = value;
    }
#endif

    /// <summary>Gets the date of finalisation as a <see cref="DateTime"/> at midnight, of unspecified kind: the same day as <c>FinalisedOn</c>, for hosts without <c>DateOnly</c>.</summary>
    public DateTime FinalisedOnDateTime => PocDates.ToDateTime(date);

    // The date of finalisation, as the engine uses it on every build.
    internal DateOnly Date => date;

    /// <summary>Gets how the case was finalised.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="FinalisationKind"/>.</exception>
    public FinalisationKind Finalisation
    {
        get;
        init
        {
            CheckFinalisation(value, nameof(Finalisation));
            field = value;
        }
    }

    /// <summary>Gets the charges on the case, in the order given.</summary>
    /// <exception cref="ArgumentNullException">The value or one of its items is null.</exception>
    public IReadOnlyList<Charge> Charges
    {
        get => charges;
        init => charges = CopyCharges(value);
    }

    // The one check of a finalisation value, for the case and for the calculation over resolved charges.
    internal static void CheckFinalisation(FinalisationKind value, string paramName)
    {
        if (value is not (FinalisationKind.Conviction or FinalisationKind.Unsuccessful or FinalisationKind.Administrative))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Finalisation must be Conviction, Unsuccessful or Administrative.");
        }
    }

    // The charges, for the calculator's loop: the same array Charges hands out behind its read-only interface.
    internal Charge[] ChargeArray => charges;

    /// <summary>Returns whether another case has the same id, date, finalisation and charges, in the same order.</summary>
    /// <param name="other">The case to compare with.</param>
    /// <returns><see langword="true"/> when the cases are equal.</returns>
    public bool Equals(DefendantCase? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || !string.Equals(Id, other.Id, StringComparison.Ordinal) || date != other.date || Finalisation != other.Finalisation
            || charges.Length != other.charges.Length)
        {
            return false;
        }

        for (var i = 0; i < charges.Length; i++)
        {
            if (!charges[i].Equals(other.charges[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(date);
        hash.Add(Finalisation);
        foreach (var charge in charges)
        {
            hash.Add(charge);
        }

        return hash.ToHashCode();
    }

    private static Charge[] CopyCharges(IEnumerable<Charge> value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value), "A case needs a list of charges; pass an empty list for a case with none.");
        }

        Charge[] copy;
        if (value is ICollection<Charge> collection)
        {
            copy = new Charge[collection.Count];
            collection.CopyTo(copy, 0);
        }
        else
        {
            copy = [.. value];
        }

        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] is null)
            {
                throw new ArgumentNullException(nameof(value), $"Charge {i.ToString(System.Globalization.CultureInfo.InvariantCulture)} of the case is null; every charge must be given.");
            }
        }

        return copy;
    }
}
