using System.Collections.Generic;
using System.Linq;

namespace PocEngine;

/// <summary>Holds the result of a principal offence calculation, naming the rule set version that produced it.</summary>
public sealed class PrincipalOffenceResult
{
    private readonly PocDecision decision;

    internal PrincipalOffenceResult(in PocDecision decision, IReadOnlyList<PocWarning> warnings, PocExplanation? explanation)
    {
        this.decision = decision;
        Warnings = warnings;
        Explanation = explanation;
    }

    /// <summary>Gets the outcome: determined, administratively finalised, or undetermined.</summary>
    public PocOutcome Outcome => decision.Outcome;

    /// <summary>Gets the principal offence category, or <see langword="null"/> unless the outcome is determined.</summary>
    public Category? Category => decision.Category;

    /// <summary>Gets the principal charge, or <see langword="null"/> unless the outcome is determined.</summary>
    /// <remarks>
    /// The caller's charge, unchanged: its <see cref="Charge.Code"/> is the code as the case gave it (for example
    /// <c>" th68023 "</c>). The code as the catalogue knows it is <see cref="PrincipalOffence"/>'s
    /// <see cref="Offence.Code"/>. Of several charges with the principal offence's code, the one with the smallest
    /// sequence number.
    /// </remarks>
    public Charge? PrincipalCharge => decision.PrincipalCharge;

    /// <summary>Gets the offence the principal charge was ranked as, or <see langword="null"/> unless the outcome is determined.</summary>
    public Offence? PrincipalOffence => decision.PrincipalOffence;

    /// <summary>Gets what decided the outcome: the ranking key on which the principal offence outranks the runner-up, or another factor.</summary>
    public DecidingFactor DecidedBy => decision.DecidedBy;

    /// <summary>Gets the warnings about the case's charges; empty when there are none.</summary>
    public IReadOnlyList<PocWarning> Warnings { get; }

    /// <summary>Gets the explanation, or <see langword="null"/> unless it was asked for with <see cref="IPocCalculator.Explain"/>.</summary>
    public PocExplanation? Explanation { get; }

    /// <summary>Gets the rule set version that produced the result.</summary>
    public RuleSetVersion RuleSetVersion => decision.RuleSetVersion!;

    /// <summary>Gets the decision alone, as a value.</summary>
    public PocDecision Decision => decision;

    /// <summary>Gets the id of the rule set that produced the result.</summary>
    public string RuleSetId => RuleSetVersion.RuleSetId;

    /// <summary>Gets the label of the rule set version that produced the result.</summary>
    public string RuleSetVersionLabel => RuleSetVersion.Label;

    /// <summary>Gets the content hash of the rule set version that produced the result.</summary>
    public string RuleSetHash => RuleSetVersion.Hash;

    /// <summary>
    /// Returns the decision and the kinds of its warnings, for example
    /// <c>determined robbery TH68023 (mode-of-trial, cps 2026.1 (1a2b3c4d))</c> or
    /// <c>determined all-other-offences-excluding-motoring 01CP003 (only-offence, cps 2026.1 (1a2b3c4d)); warnings: fallback-category</c>.
    /// </summary>
    /// <returns>The short description.</returns>
    public override string ToString() =>
        Warnings.Count == 0 ? decision.ToString() : $"{decision}; warnings: {string.Join(", ", Warnings.Select(w => PocNames.Of(w.Kind)).Distinct())}";
}
