using System;
using System.Collections.Generic;

namespace PocEngine;

/// <summary>Describes a defendant's case at finalisation: when and how it was finalised, and its charges.</summary>
public sealed record DefendantCase
{
    private readonly IReadOnlyList<Charge> charges = Array.Empty<Charge>();

    /// <summary>Creates a case finalised on a date, in a way, with the given charges.</summary>
    /// <param name="finalisedOn">The date of finalisation; it selects the rule set version in force.</param>
    /// <param name="finalisation">How the case was finalised.</param>
    /// <param name="charges">The charges on the case; removed ones are kept and flagged, not omitted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="charges"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="finalisation"/> is not a defined value.</exception>
    public DefendantCase(DateOnly finalisedOn, FinalisationKind finalisation, IEnumerable<Charge> charges)
    {
        FinalisedOn = finalisedOn;
        Finalisation = finalisation;
        Charges = CopyCharges(charges);
    }

    /// <summary>Gets the caller's identifier for the case, where known.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the date of finalisation.</summary>
    public DateOnly FinalisedOn { get; init; }

    /// <summary>Gets how the case was finalised.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="FinalisationKind"/>.</exception>
    public FinalisationKind Finalisation
    {
        get;
        init
        {
            if (value is not (FinalisationKind.Conviction or FinalisationKind.Unsuccessful or FinalisationKind.Administrative))
            {
                throw new ArgumentOutOfRangeException(nameof(Finalisation), value, "Finalisation must be Conviction, Unsuccessful or Administrative.");
            }

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
