using System;

namespace PocEngine.Reloading;

/// <summary>Provides the rule set in service, which may be replaced while the application runs.</summary>
/// <remarks>
/// <see cref="Current"/> is never null and always a complete, valid rule set: a replacement is swapped in atomically,
/// and a failed reload keeps the last good rule set in service.
/// </remarks>
public interface IRuleSetProvider
{
    /// <summary>Gets the rule set in service now.</summary>
    RuleSet Current { get; }

    /// <summary>Gets what is in service and how the latest load went, for health checks and monitoring.</summary>
    RuleSetProviderStatus Status { get; }

    /// <summary>Occurs after a new rule set has been swapped in.</summary>
    event EventHandler<RuleSetReloadedEventArgs>? Reloaded;

    /// <summary>Occurs when a reload found errors; the previous rule set stays in service.</summary>
    event EventHandler<RuleSetReloadFailedEventArgs>? ReloadFailed;
}
