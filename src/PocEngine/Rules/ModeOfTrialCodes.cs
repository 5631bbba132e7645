using System;

namespace PocEngine;

/// <summary>Converts between <see cref="ModeOfTrial"/> and CJS offence category codes, and knows which codes are offences.</summary>
public static class ModeOfTrialCodes
{
    // The CJS offence category codes of the Bichard standing data. Only CI, CE, CS and CM are criminal offences;
    // CO appears on one code of the standing data without a published name and is treated as not an offence.
    private static readonly string[] KnownCodes =
    [
        "B7", "CB", "CE", "CI", "CM", "CO", "CR", "CS", "EF", "EM", "EX", "FC", "FH", "FL", "FO", "FP", "FV", "FX",
        "LB", "LC", "LG", "LL", "LM", "VA", "VP",
    ];

    // The criminal offence codes as diagnostics list them, spelled here only.
    internal const string CriminalCodes = "CI, CE, CS or CM";

    internal const string AllowedModes = "allowed modes are CI, CE, CS and CM";

    /// <summary>Gets every CJS offence category code that a rule set may use, sorted.</summary>
    public static ReadOnlySpan<string> All => KnownCodes;

    /// <summary>Tells whether a code is a CJS offence category code of the standing data.</summary>
    /// <param name="code">The two-letter code, for example <c>CE</c>.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool IsKnown(string? code) => code is not null && Array.BinarySearch(KnownCodes, code, StringComparer.Ordinal) >= 0;

    /// <summary>Reads the mode of trial of a CJS offence category code, where the code is a criminal offence.</summary>
    /// <param name="code">The two-letter code.</param>
    /// <param name="mode">The mode of trial, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> for <c>CI</c>, <c>CE</c>, <c>CS</c> and <c>CM</c>; otherwise <see langword="false"/>.</returns>
    public static bool TryGetModeOfTrial(string? code, out ModeOfTrial mode)
    {
        switch (code)
        {
            case "CI": mode = ModeOfTrial.IndictableOnly; return true;
            case "CE": mode = ModeOfTrial.EitherWay; return true;
            case "CS": mode = ModeOfTrial.Summary; return true;
            case "CM": mode = ModeOfTrial.SummaryMotoring; return true;
            default: mode = default; return false;
        }
    }

    /// <summary>Gets the CJS offence category code of a mode of trial.</summary>
    /// <param name="mode">The mode of trial.</param>
    /// <returns><c>CI</c>, <c>CE</c>, <c>CS</c> or <c>CM</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    public static string ToCode(ModeOfTrial mode) => mode switch
    {
        ModeOfTrial.IndictableOnly => "CI",
        ModeOfTrial.EitherWay => "CE",
        ModeOfTrial.Summary => "CS",
        ModeOfTrial.SummaryMotoring => "CM",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Mode of trial must be IndictableOnly, EitherWay, Summary or SummaryMotoring."),
    };

    /// <summary>Describes a mode of trial in words, as an explanation prints it.</summary>
    /// <param name="mode">The mode of trial.</param>
    /// <returns>For example <c>indictable-only</c> or <c>either way</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    public static string Describe(ModeOfTrial mode) => mode switch
    {
        ModeOfTrial.IndictableOnly => "indictable-only",
        ModeOfTrial.EitherWay => "either way",
        ModeOfTrial.Summary => "summary",
        ModeOfTrial.SummaryMotoring => "summary motoring",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Mode of trial must be IndictableOnly, EitherWay, Summary or SummaryMotoring."),
    };
}
