using System;

namespace PocEngine;

/// <summary>Describes one charge on a defendant's case, identified by its CJS offence code.</summary>
/// <remarks>
/// A charge removed before finalisation (withdrawn, discontinued or replaced) never counts towards the principal
/// offence. <see cref="ModeOfTrial"/> and <see cref="HomeOfficeClass"/> are only read for a code that the rule set's
/// catalogue does not hold, so that the category rules can still place it.
/// </remarks>
public sealed record Charge
{
    private readonly string code = string.Empty;

    /// <summary>Creates a charge for a CJS offence code.</summary>
    /// <param name="code">The CJS offence code, for example <c>TH68023</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is null, empty or white space.</exception>
    public Charge(string code)
    {
        Code = code;
    }

    /// <summary>Gets the CJS offence code as the case recorded it, unchanged.</summary>
    /// <remarks>
    /// The engine matches it after trimming and upper-casing (and warns with <see cref="PocWarningKind.CodeNormalised"/>
    /// when that was needed); the code as the catalogue knows it is <see cref="Offence.Code"/>.
    /// </remarks>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public string Code
    {
        get => code;
        init
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException("A charge needs a CJS offence code; null, empty or blank codes are not allowed.", nameof(Code));
            }

            code = value;
        }
    }

    /// <summary>Gets the charge's sequence number on the case, where known.</summary>
    public int? Sequence { get; init; }

    /// <summary>Gets the caller's identifier for the charge, where known.</summary>
    public string? Id { get; init; }

    /// <summary>Gets a value indicating whether the charge was removed before finalisation, so that it does not count.</summary>
    public bool RemovedBeforeFinalisation { get; init; }

    /// <summary>Gets the CJS offence category (mode of trial) to use when the code is not in the catalogue.</summary>
    public ModeOfTrial? ModeOfTrial { get; init; }

    /// <summary>Gets the Home Office classification (<c>NNN/NN</c>) to use when the code is not in the catalogue.</summary>
    /// <exception cref="ArgumentException">The value is not three digits, a slash and two digits.</exception>
    public string? HomeOfficeClass
    {
        get;
        init
        {
            if (value is not null && !HomeOfficeTable.IsClass(value))
            {
                throw new ArgumentException($"The Home Office classification '{value}' is not valid; write three digits, a slash and two digits, for example 004/17.", nameof(HomeOfficeClass));
            }

            field = value;
        }
    }
}
