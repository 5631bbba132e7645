using System.Collections.Generic;

namespace PocEngine;

/// <summary>Explains a calculation: every charge, ranked or excluded, and one sentence a data quality checker can read.</summary>
/// <param name="Charges">The counted charges in rank order, then the charges that did not count in case order.</param>
/// <param name="Sentence">One plain-English sentence saying why the outcome is what it is.</param>
public sealed record PocExplanation(IReadOnlyList<ExplainedCharge> Charges, string Sentence);
