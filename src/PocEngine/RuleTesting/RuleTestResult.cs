using System.Collections.Generic;

namespace PocEngine.RuleTesting;

/// <summary>Holds the outcome of one rule test: whether it passed, each difference, and the explanation of the actual result.</summary>
/// <remarks>Built only by <see cref="RuleTestSuite.Run"/>.</remarks>
public sealed class RuleTestResult
{
    internal RuleTestResult(RuleTestCase test, IReadOnlyList<string> failures, PrincipalOffenceResult? actual)
    {
        Test = test;
        Failures = failures;
        Actual = actual;
    }

    /// <summary>Gets the test that ran.</summary>
    public RuleTestCase Test { get; }

    /// <summary>Gets one sentence for each expectation that did not hold; empty when the test passed.</summary>
    public IReadOnlyList<string> Failures { get; }

    /// <summary>Gets the actual result, with its explanation, or <see langword="null"/> when the calculation threw.</summary>
    public PrincipalOffenceResult? Actual { get; }

    /// <summary>Gets a value indicating whether every expectation held.</summary>
    public bool Passed => Failures.Count == 0;

    /// <summary>Returns the test's name and whether it passed.</summary>
    /// <returns>The name and <c>passed</c> or <c>failed</c>.</returns>
    public override string ToString() => $"{Test.Name}: {(Passed ? "passed" : "failed")}";
}
