using System.Collections.Generic;

namespace PocEngine.Reloading;

/// <summary>Describes what a rule set provider has in service and how its latest load went.</summary>
/// <remarks>
/// A provider keeps its last good rule set in service when a reload fails, so a failure is not an outage: it means
/// the rules folder's latest content is not what is being used. Health checks report that as degraded.
/// </remarks>
public sealed class RuleSetProviderStatus
{
    internal RuleSetProviderStatus(RuleSet inService, bool latestLoadFailed, IReadOnlyList<RuleDiagnostic> latestLoadDiagnostics, long reloadCount, long failedReloadCount)
    {
        InService = inService;
        LatestLoadFailed = latestLoadFailed;
        LatestLoadDiagnostics = latestLoadDiagnostics;
        ReloadCount = reloadCount;
        FailedReloadCount = failedReloadCount;
    }

    /// <summary>Gets the rule set in service.</summary>
    public RuleSet InService { get; }

    /// <summary>Gets a value indicating whether the latest load failed, so that an earlier rule set is still in service.</summary>
    public bool LatestLoadFailed { get; }

    /// <summary>Gets every diagnostic of the latest load, errors and warnings.</summary>
    public IReadOnlyList<RuleDiagnostic> LatestLoadDiagnostics { get; }

    /// <summary>Gets how many reloads have put a changed rule set in service.</summary>
    public long ReloadCount { get; }

    /// <summary>Gets how many reloads have failed.</summary>
    public long FailedReloadCount { get; }

    internal static RuleSetProviderStatus Fixed(RuleSet ruleSet) => new(ruleSet, false, [], 0, 0);
}
