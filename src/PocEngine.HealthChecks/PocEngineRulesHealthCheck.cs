using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PocEngine.Reloading;
using PocEngine.Rules;

namespace PocEngine.HealthChecks;

// Reports the rule set in service: Healthy while it is the rules folder's latest content (or the rules never change),
// the failure status (Degraded by default) while the latest content failed to load and the last good rule set stays in
// service, with the first diagnostics; Unhealthy when PocEngine is not registered at all.
internal sealed class PocEngineRulesHealthCheck(IServiceProvider services) : IHealthCheck
{
    private const int ErrorsShown = 5;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(Check(context.Registration.FailureStatus));
    }

    private HealthCheckResult Check(HealthStatus failureStatus)
    {
        if (services.GetService<IRuleSetProvider>() is { } provider)
        {
            var status = provider.Status;
            var data = Data(status.InService);
            data["reloads"] = status.ReloadCount;
            data["failedReloads"] = status.FailedReloadCount;
            if (!status.LatestLoadFailed)
            {
                return HealthCheckResult.Healthy(InService(status.InService), data);
            }

            var errors = status.LatestLoadDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            data["errors"] = errors.Count;
            data["firstErrors"] = errors.Take(ErrorsShown).Select(d => d.ToString()).ToArray();
            var more = errors.Count > 1 ? string.Format(CultureInfo.InvariantCulture, " ({0:N0} errors in all)", errors.Count) : string.Empty;
            var first = errors.Count > 0 ? errors[0].ToString() : "no error was recorded";
            return new HealthCheckResult(failureStatus, $"The rules folder's latest content failed to load, so the last good rule set stays in service: {InService(status.InService)} First error{more}: {first}", data: data);
        }

        if (services.GetService<RuleSet>() is { } ruleSet)
        {
            return HealthCheckResult.Healthy(InService(ruleSet), Data(ruleSet));
        }

        return HealthCheckResult.Unhealthy("PocEngine is not registered: call services.AddPocEngine() before checking its rules.");
    }

    private static string InService(RuleSet ruleSet) =>
        $"Rule set '{ruleSet.Id}' version '{ruleSet.Latest.Label}' ({ruleSet.Latest.Hash.Substring(0, 12)}) is in service.";

    private static Dictionary<string, object> Data(RuleSet ruleSet) => new(StringComparer.Ordinal)
    {
        ["ruleSet"] = ruleSet.Id,
        ["version"] = ruleSet.Latest.Label,
        ["hash"] = ruleSet.Latest.Hash,
    };
}
