namespace PocEngine;

/// <summary>Names the mode of trial of a criminal offence, as its CJS offence category code gives it.</summary>
/// <remarks>Values are ordered from most to least serious; the two summary kinds rank equally.</remarks>
public enum ModeOfTrial
{
    /// <summary>Indictable-only (CJS offence category <c>CI</c>).</summary>
    IndictableOnly = 0,

    /// <summary>Triable either way (CJS offence category <c>CE</c>).</summary>
    EitherWay = 1,

    /// <summary>Summary, not motoring (CJS offence category <c>CS</c>).</summary>
    Summary = 2,

    /// <summary>Summary motoring (CJS offence category <c>CM</c>).</summary>
    SummaryMotoring = 3,
}
