using System;

namespace PocEngine.Reloading;

/// <summary>Describes a rule set that replaced the one in service.</summary>
/// <param name="previous">The rule set that was in service.</param>
/// <param name="current">The rule set now in service.</param>
public sealed class RuleSetReloadedEventArgs(RuleSet previous, RuleSet current) : EventArgs
{
    /// <summary>Gets the rule set that was in service.</summary>
    public RuleSet Previous { get; } = previous;

    /// <summary>Gets the rule set now in service.</summary>
    public RuleSet Current { get; } = current;
}
