using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PocEngine;

/// <summary>Reports that a rule set could not be loaded, with every diagnostic found.</summary>
public sealed class RuleSetLoadException : PocEngineException
{
    /// <summary>Initializes the exception from the diagnostics of a failed load.</summary>
    /// <param name="diagnostics">Every diagnostic of the load, errors and warnings.</param>
    public RuleSetLoadException(IReadOnlyList<RuleDiagnostic> diagnostics)
        : base(BuildMessage(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Gets every diagnostic of the load, errors and warnings.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }

    private static string BuildMessage(IReadOnlyList<RuleDiagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var head = FormattableString.Invariant($"The rule set could not be loaded: {errors.Count} error(s).");
        return errors.Count == 0 ? head : head + " " + string.Join(" ", errors.Take(10).Select(e => e.ToString()));
    }
}
