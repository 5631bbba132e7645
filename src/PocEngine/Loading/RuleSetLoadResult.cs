using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace PocEngine.Rules;

/// <summary>Holds the outcome of a rule set load: the rule set when it loaded, and every diagnostic either way.</summary>
public sealed class RuleSetLoadResult
{
    internal RuleSetLoadResult(RuleSet? ruleSet, IReadOnlyList<RuleDiagnostic> diagnostics)
    {
        RuleSet = ruleSet;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the loaded rule set, or <see langword="null"/> when any error was found.</summary>
    public RuleSet? RuleSet { get; }

    /// <summary>Gets every diagnostic found, errors and warnings, in file order.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether the rule set loaded.</summary>
    [MemberNotNullWhen(true, nameof(RuleSet))]
    public bool Success => RuleSet is not null;

    /// <summary>Gets the errors among <see cref="Diagnostics"/>.</summary>
    public IEnumerable<RuleDiagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Returns the rule set, or throws with every diagnostic when it did not load.</summary>
    /// <returns>The loaded rule set.</returns>
    /// <exception cref="RuleSetLoadException">The load found errors.</exception>
    public RuleSet GetValueOrThrow() => RuleSet ?? throw new RuleSetLoadException(Diagnostics);
}
