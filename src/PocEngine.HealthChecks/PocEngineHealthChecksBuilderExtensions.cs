using System;
using System.Collections.Generic;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PocEngine.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds PocEngine's health check to a health checks builder.</summary>
public static class PocEngineHealthChecksBuilderExtensions
{
    /// <summary>Adds a check of the rule set PocEngine has in service.</summary>
    /// <param name="builder">The health checks builder, from <c>services.AddHealthChecks()</c>.</param>
    /// <param name="name">The check's name; <c>poc-rules</c> by default.</param>
    /// <param name="failureStatus">What to report while a watched rules folder's latest content failed to load; <see cref="HealthStatus.Degraded"/> by default, as the last good rule set is still in service.</param>
    /// <param name="tags">Tags for filtering checks, or <see langword="null"/>.</param>
    /// <returns>The same builder, for chaining.</returns>
    /// <remarks>
    /// The check is Healthy while the rule set in service is the latest content of its folder (or the embedded rules),
    /// reports <paramref name="failureStatus"/> with the first errors while a reload has failed, and is Unhealthy when
    /// <c>AddPocEngine</c> was not called. Its data names the rule set, version, hash and reload counts.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="name"/> is null.</exception>
    public static IHealthChecksBuilder AddPocEngineRules(this IHealthChecksBuilder builder, string name = "poc-rules", HealthStatus? failureStatus = null, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(name);
        return builder.Add(new HealthCheckRegistration(name, services => new PocEngineRulesHealthCheck(services), failureStatus ?? HealthStatus.Degraded, tags));
    }
}
