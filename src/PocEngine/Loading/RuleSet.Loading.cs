using System;
using System.Collections.Generic;
using System.Threading;
using PocEngine.Loading;

namespace PocEngine;

/// <content>Loads rule sets from folders, from sources in memory, and from the package's embedded default.</content>
public sealed partial class RuleSet
{
    /// <summary>The id of the rule set that the package embeds.</summary>
    public const string DefaultId = "cps";

    private static readonly Lazy<RuleSet> EmbeddedDefault = new(
        () => LoadPipeline.LoadEmbedded(DefaultId, RuleSetLoadOptions.Default).GetValueOrThrow(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the embedded default <c>cps</c> rule set, loaded once on first use and shared.</summary>
    /// <exception cref="RuleSetLoadException">The embedded rules are invalid (a packaging defect).</exception>
    public static RuleSet Default => EmbeddedDefault.Value;

    /// <summary>Loads a rule set from a folder, throwing when it has errors.</summary>
    /// <param name="directory">The folder that holds <c>ruleset.yaml</c>, or a symbolic link to it.</param>
    /// <param name="options">The load's budget, or <see langword="null"/> for the defaults.</param>
    /// <returns>The rule set.</returns>
    /// <remarks><see cref="RuleSetLoader.LoadDirectory"/> returns the diagnostics instead of throwing.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="RuleSetLoadException">The rule set has errors; the exception lists every diagnostic.</exception>
    public static RuleSet LoadFromDirectory(string directory, RuleSetLoadOptions? options = null) =>
        RuleSetLoader.LoadDirectory(directory, options).GetValueOrThrow();

    /// <summary>Loads a rule set from files held in memory or read from streams, throwing when it has errors.</summary>
    /// <param name="sources">The rule files, each with its path relative to the rule set folder.</param>
    /// <param name="options">The load's budget, or <see langword="null"/> for the defaults.</param>
    /// <returns>The rule set.</returns>
    /// <remarks><see cref="RuleSetLoader.Load"/> returns the diagnostics instead of throwing.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is null.</exception>
    /// <exception cref="RuleSetLoadException">The rule set has errors; the exception lists every diagnostic.</exception>
    public static RuleSet Load(IEnumerable<RuleSource> sources, RuleSetLoadOptions? options = null) =>
        RuleSetLoader.Load(sources, options).GetValueOrThrow();
}
