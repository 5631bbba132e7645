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

    /// <summary>Resolves a charge ahead of finalisation, so that calculating over it later only compares.</summary>
    /// <param name="charge">The charge, as entered or last changed.</param>
    /// <returns>The handle to keep beside the charge; make a new one when the charge changes.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="charge"/> is null.</exception>
    ResolvedCharge Resolve(Charge charge);

#if !NETSTANDARD2_0
    // The DateOnly members exist on .NET 8 and later only, so they have default implementations (through the DateTime
    // members every build has): an implementation compiled against the netstandard2.0 build still loads on .NET 8.

    /// <summary>Calculates the principal offence and its category over charges resolved ahead, without an explanation.</summary>
    /// <param name="finalisedOn">The date of finalisation; it selects the rule set version in force.</param>
    /// <param name="finalisation">How the case was finalised.</param>
    /// <param name="charges">The case's charges, each resolved with <see cref="Resolve"/>.</param>
    /// <returns>The same result as <see cref="Calculate(DefendantCase)"/> gives for a case of the same charges.</returns>
    /// <exception cref="System.ArgumentException">A charge is the <see langword="default"/> handle, never resolved.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="finalisation"/> is not a defined value.</exception>
    /// <exception cref="RuleSetVersionNotFoundException">No rule set version is in force on the finalisation date.</exception>
    PrincipalOffenceResult Calculate(System.DateOnly finalisedOn, FinalisationKind finalisation, System.ReadOnlySpan<ResolvedCharge> charges) =>
        Calculate(finalisedOn.ToDateTime(System.TimeOnly.MinValue), finalisation, charges);

    /// <summary>Decides the principal offence over charges resolved ahead, allocating nothing: the decision without the warnings' text.</summary>
    /// <param name="finalisedOn">The date of finalisation; it selects the rule set version in force.</param>
    /// <param name="finalisation">How the case was finalised.</param>
    /// <param name="charges">The case's charges, each resolved with <see cref="Resolve"/>.</param>
    /// <returns>The same decision as <see cref="PrincipalOffenceResult.Decision"/> of the full calculation.</returns>
    /// <exception cref="System.ArgumentException">A charge is the <see langword="default"/> handle, never resolved.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="finalisation"/> is not a defined value.</exception>
    /// <exception cref="RuleSetVersionNotFoundException">No rule set version is in force on the finalisation date.</exception>
    PocDecision Decide(System.DateOnly finalisedOn, FinalisationKind finalisation, System.ReadOnlySpan<ResolvedCharge> charges) =>
        Decide(finalisedOn.ToDateTime(System.TimeOnly.MinValue), finalisation, charges);
#endif

    /// <summary>
    /// Calculates the principal offence and its category over charges resolved ahead, without an explanation, on a
    /// finalisation date given as a <see cref="System.DateTime"/> at midnight, for hosts without <c>DateOnly</c>.
    /// </summary>
    /// <param name="finalisedOn">The date of finalisation, at midnight; its <see cref="System.DateTime.Kind"/> is ignored.</param>
    /// <param name="finalisation">How the case was finalised.</param>
    /// <param name="charges">The case's charges, each resolved with <see cref="Resolve"/>.</param>
    /// <returns>The same result as <see cref="Calculate(DefendantCase)"/> gives for a case of the same charges.</returns>
    /// <exception cref="System.ArgumentException">A charge is the <see langword="default"/> handle, or <paramref name="finalisedOn"/> has a time of day.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="finalisation"/> is not a defined value.</exception>
    /// <exception cref="RuleSetVersionNotFoundException">No rule set version is in force on the finalisation date.</exception>
    PrincipalOffenceResult Calculate(System.DateTime finalisedOn, FinalisationKind finalisation, System.ReadOnlySpan<ResolvedCharge> charges);

    /// <summary>
    /// Decides the principal offence over charges resolved ahead, allocating nothing, on a finalisation date given as
    /// a <see cref="System.DateTime"/> at midnight, for hosts without <c>DateOnly</c>.
    /// </summary>
    /// <param name="finalisedOn">The date of finalisation, at midnight; its <see cref="System.DateTime.Kind"/> is ignored.</param>
    /// <param name="finalisation">How the case was finalised.</param>
    /// <param name="charges">The case's charges, each resolved with <see cref="Resolve"/>.</param>
    /// <returns>The same decision as <see cref="PrincipalOffenceResult.Decision"/> of the full calculation.</returns>
    /// <exception cref="System.ArgumentException">A charge is the <see langword="default"/> handle, or <paramref name="finalisedOn"/> has a time of day.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="finalisation"/> is not a defined value.</exception>
    /// <exception cref="RuleSetVersionNotFoundException">No rule set version is in force on the finalisation date.</exception>
    PocDecision Decide(System.DateTime finalisedOn, FinalisationKind finalisation, System.ReadOnlySpan<ResolvedCharge> charges);
}
