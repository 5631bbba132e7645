using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PocEngine;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers PocEngine with a service collection.</summary>
public static class PocEngineServiceCollectionExtensions
{
    /// <summary>Registers a singleton <see cref="RuleSet"/> and <see cref="IPocCalculator"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the rules folder or pinned version; by default the embedded <c>cps</c> rule set and the version in force on each date.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <remarks>
    /// Registrations use TryAdd, so a second call, or a rule set or calculator registered earlier, wins over this one.
    /// The rule set loads when first resolved; resolve <see cref="IPocCalculator"/> at start-up to fail fast on bad rules.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddPocEngine(this IServiceCollection services, Action<PocEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new PocEngineOptions();
        configure?.Invoke(options);
        var rulesDirectory = options.RulesDirectory;
        var pinnedVersion = options.PinnedVersion;
        var loadOptions = options.LoadOptions;
        services.TryAddSingleton(_ => rulesDirectory is null ? RuleSet.Default : RuleSet.LoadFromDirectory(rulesDirectory, loadOptions));
        services.TryAddSingleton<IPocCalculator>(provider =>
        {
            var ruleSet = provider.GetRequiredService<RuleSet>();
            return pinnedVersion is null ? new PocCalculator(ruleSet) : new PocCalculator(ruleSet, pinnedVersion);
        });
        return services;
    }
}
