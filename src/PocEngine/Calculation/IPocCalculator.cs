namespace PocEngine;

/// <summary>Calculates the principal offence category of a defendant's case.</summary>
/// <remarks>Implementations are pure, deterministic and safe for concurrent callers.</remarks>
public interface IPocCalculator
{
    /// <summary>Calculates the principal offence and its category, without an explanation.</summary>
    /// <param name="defendantCase">The case at finalisation.</param>
    /// <returns>The result, naming the rule set version that produced it.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="defendantCase"/> is null.</exception>
    /// <exception cref="RuleSetVersionNotFoundException">No rule set version is in force on the finalisation date.</exception>
    PrincipalOffenceResult Calculate(DefendantCase defendantCase);

    /// <summary>Calculates the principal offence and its category, with every charge ranked and a sentence explaining why.</summary>
    /// <param name="defendantCase">The case at finalisation.</param>
    /// <returns>The result, with <see cref="PrincipalOffenceResult.Explanation"/> set.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="defendantCase"/> is null.</exception>
    /// <exception cref="RuleSetVersionNotFoundException">No rule set version is in force on the finalisation date.</exception>
    PrincipalOffenceResult Explain(DefendantCase defendantCase);
}
