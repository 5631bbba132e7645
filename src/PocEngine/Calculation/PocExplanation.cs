using System.Collections.Generic;

namespace PocEngine;

/// <summary>Explains a calculation: every charge, ranked or excluded, and one sentence a data quality checker can read.</summary>
/// <remarks>Built only by the library, from the ranking the calculation made: the first ranked charge is the result's principal charge.</remarks>
public sealed class PocExplanation
{
    internal PocExplanation(IReadOnlyList<ExplainedCharge> charges, string sentence)
    {
        Charges = charges;
        Sentence = sentence;
    }

    /// <summary>Gets the counted charges in rank order, then the charges that did not count in case order.</summary>
    public IReadOnlyList<ExplainedCharge> Charges { get; }

    /// <summary>Gets one plain-English sentence saying why the outcome is what it is.</summary>
    public string Sentence { get; }

    /// <summary>Returns the sentence.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => Sentence;
}
