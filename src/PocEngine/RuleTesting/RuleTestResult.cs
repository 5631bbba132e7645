using System.Collections.Generic;

namespace PocEngine.RuleTesting;

/// <summary>Holds the outcome of one rule test: whether it passed, each difference, and the explanation of the actual result.</summary>
/// <param name="Test">The test that ran.</param>
/// <param name="Failures">One sentence for each expectation that did not hold; empty when the test passed.</param>
/// <param name="Actual">The actual result, with its explanation, or <see langword="null"/> when the calculation threw.</param>
public sealed record RuleTestResult(RuleTestCase Test, IReadOnlyList<string> Failures, PrincipalOffenceResult? Actual)
{
    /// <summary>Gets a value indicating whether every expectation held.</summary>
    public bool Passed => Failures.Count == 0;
}
