using System;
using System.Collections.Generic;
using PocEngine.Loading;

namespace PocEngine.Rules;

/// <summary>Loads rule sets and returns every diagnostic with the rule set, or instead of it, without throwing.</summary>
/// <remarks>
/// For tools that report problems (validation, CI, an editor): each method returns a <see cref="RuleSetLoadResult"/>
/// holding the rule set when it loaded and every diagnostic either way, as NodaTime's patterns return a parse result.
/// Code that only needs the rules calls <see cref="RuleSet.LoadFromDirectory"/> or <see cref="RuleSet.Load"/>, which
/// throw <see cref="RuleSetLoadException"/> with the same diagnostics. Every load keeps to its
/// <see cref="RuleSetLoadOptions"/>, so a load of any folder returns.
/// </remarks>
public static class RuleSetLoader
{
    /// <summary>Loads a rule set from a folder.</summary>
    /// <param name="directory">The folder that holds <c>ruleset.yaml</c>, or a symbolic link to it.</param>
    /// <param name="options">The load's budget, or <see langword="null"/> for <see cref="RuleSetLoadOptions.Default"/>.</param>
    /// <returns>The rule set when it loaded, and every diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    public static RuleSetLoadResult LoadDirectory(string directory, RuleSetLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return LoadPipeline.LoadDirectory(directory, options ?? RuleSetLoadOptions.Default);
    }

    /// <summary>Loads a rule set from files held in memory or read from streams.</summary>
    /// <param name="sources">The rule files, each with its path relative to the rule set folder.</param>
    /// <param name="options">The load's budget, or <see langword="null"/> for <see cref="RuleSetLoadOptions.Default"/>.</param>
    /// <returns>The rule set when it loaded, and every diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is null.</exception>
    public static RuleSetLoadResult Load(IEnumerable<RuleSource> sources, RuleSetLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return LoadPipeline.Load(sources, options ?? RuleSetLoadOptions.Default);
    }

    /// <summary>Loads the embedded default <c>cps</c> rule set afresh (not the shared <see cref="RuleSet.Default"/>), with every diagnostic, warnings included.</summary>
    /// <param name="options">The load's budget, or <see langword="null"/> for <see cref="RuleSetLoadOptions.Default"/>.</param>
    /// <returns>The rule set when it loaded, and every diagnostic.</returns>
    public static RuleSetLoadResult LoadDefault(RuleSetLoadOptions? options = null) =>
        LoadPipeline.LoadEmbedded(RuleSet.DefaultId, options ?? RuleSetLoadOptions.Default);
}
