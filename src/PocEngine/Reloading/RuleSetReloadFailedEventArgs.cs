using System;
using System.Collections.Generic;

namespace PocEngine.Reloading;

/// <summary>Describes a reload that found errors, so that the rule set in service was kept.</summary>
/// <param name="diagnostics">Every diagnostic of the failed load.</param>
/// <param name="kept">The rule set that stays in service.</param>
public sealed class RuleSetReloadFailedEventArgs(IReadOnlyList<RuleDiagnostic> diagnostics, RuleSet kept) : EventArgs
{
    /// <summary>Gets every diagnostic of the failed load.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>Gets the rule set that stays in service.</summary>
    public RuleSet Kept { get; } = kept;
}
