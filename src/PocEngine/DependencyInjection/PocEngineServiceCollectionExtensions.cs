using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
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
    /// Registrations use TryAdd, so the first registration wins: a second call changes nothing, and a rule set or
    /// calculator registered before this call is kept.
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
        if (options.WatchForChanges)
        {
            if (rulesDirectory is null)
            {
                throw new ArgumentException("WatchForChanges needs a RulesDirectory: the embedded rules never change.", nameof(configure));
            }

            services.TryAddSingleton<IRuleSetProvider>(provider => Watch(new FileRuleSetProvider(rulesDirectory, loadOptions), provider.GetService<ILoggerFactory>()));
            services.TryAddSingleton<IPocCalculator>(provider => pinnedVersion is null ? new PocCalculator(provider.GetRequiredService<IRuleSetProvider>()) : new PocCalculator(provider.GetRequiredService<IRuleSetProvider>(), pinnedVersion));
            return services;
        }

        services.TryAddSingleton(_ => rulesDirectory is null ? RuleSet.Default : RuleSet.LoadFromDirectory(rulesDirectory, loadOptions));
        services.TryAddSingleton<IPocCalculator>(provider =>
        {
            var ruleSet = provider.GetRequiredService<RuleSet>();
            return pinnedVersion is null ? new PocCalculator(ruleSet) : new PocCalculator(ruleSet, pinnedVersion);
        });
        return services;
    }

    private static FileRuleSetProvider Watch(FileRuleSetProvider provider, ILoggerFactory? loggers)
    {
        var logger = loggers?.CreateLogger("PocEngine.Rules");
        if (logger is not null)
        {
            provider.Reloaded += (_, e) => Log.Reloaded(logger, e.Current.Id, e.Current.Latest.Label, e.Current.Latest.Hash);
            provider.ReloadFailed += (_, e) => Log.ReloadFailed(logger, e.Kept.Latest.Label, string.Join(Environment.NewLine, e.Diagnostics));
        }

        return provider;
    }
}
