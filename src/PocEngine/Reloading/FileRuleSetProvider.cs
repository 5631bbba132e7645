using System;
using System.IO;
using System.Linq;
using System.Threading;

namespace PocEngine;

/// <summary>Serves the rule set of a folder and reloads it when its YAML files change.</summary>
/// <remarks>
/// The first load must succeed (the constructor throws otherwise), so there is never a moment with no rules. After
/// that, a change is reloaded a short quiet period after the last write; a valid result whose content hash differs
/// is swapped in atomically and raises <see cref="Reloaded"/>; an invalid one keeps the last good rule set in
/// service and raises <see cref="ReloadFailed"/> with every diagnostic. Thread-safe.
/// </remarks>
public sealed class FileRuleSetProvider : IRuleSetProvider, IDisposable
{
    private readonly string directory;
    private readonly RuleSetLoadOptions options;
    private readonly FileSystemWatcher? watcher;
    private readonly Timer debounce;
    private readonly object reloadLock = new();
    private readonly TimeSpan quietPeriod;
    private RuleSet current;

    /// <summary>Loads a rules folder and, unless told not to, watches it for changes.</summary>
    /// <param name="directory">The folder that holds <c>ruleset.yaml</c>.</param>
    /// <param name="options">Limits against oversized files, or <see langword="null"/> for the defaults.</param>
    /// <param name="watch">Whether to reload automatically when a YAML file of the folder changes.</param>
    /// <param name="quietPeriod">How long to wait after the last change before reloading; 250 ms by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="RuleSetLoadException">The folder's rule set has errors.</exception>
    public FileRuleSetProvider(string directory, RuleSetLoadOptions? options = null, bool watch = true, TimeSpan? quietPeriod = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        this.directory = directory;
        this.options = options ?? RuleSetLoadOptions.Default;
        this.quietPeriod = quietPeriod ?? TimeSpan.FromMilliseconds(250);
        current = RuleSet.LoadFromDirectory(directory, this.options);
        debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        if (watch)
        {
            watcher = new FileSystemWatcher(directory)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
            };
            watcher.Changed += OnChanged;
            watcher.Created += OnChanged;
            watcher.Deleted += OnChanged;
            watcher.Renamed += OnChanged;
            watcher.EnableRaisingEvents = true;
        }
    }

    /// <inheritdoc/>
    public event EventHandler<RuleSetReloadedEventArgs>? Reloaded;

    /// <inheritdoc/>
    public event EventHandler<RuleSetReloadFailedEventArgs>? ReloadFailed;

    /// <inheritdoc/>
    public RuleSet Current => Volatile.Read(ref current);

    /// <summary>Reloads the folder now: swaps in a valid, changed rule set, or keeps the current one and reports why.</summary>
    /// <returns>The load's result, with every diagnostic.</returns>
    public RuleSetLoadResult Reload()
    {
        lock (reloadLock)
        {
            var result = RuleSet.TryLoadFromDirectory(directory, options);
            var previous = Current;
            if (!result.Success)
            {
                ReloadFailed?.Invoke(this, new RuleSetReloadFailedEventArgs(result.Diagnostics, previous));
                return result;
            }

            if (!SameContent(previous, result.RuleSet))
            {
                Volatile.Write(ref current, result.RuleSet);
                Reloaded?.Invoke(this, new RuleSetReloadedEventArgs(previous, result.RuleSet));
            }

            return result;
        }
    }

    /// <summary>Stops watching the folder.</summary>
    public void Dispose()
    {
        watcher?.Dispose();
        debounce.Dispose();
    }

    private static bool SameContent(RuleSet a, RuleSet b) =>
        a.Versions.Count == b.Versions.Count
        && a.Versions.Zip(b.Versions).All(v => v.First.Hash == v.Second.Hash && v.First.Label == v.Second.Label && v.First.EffectiveFromDay == v.Second.EffectiveFromDay);

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (e.FullPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || e.FullPath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || Directory.Exists(e.FullPath))
        {
            debounce.Change(quietPeriod, Timeout.InfiniteTimeSpan);
        }
    }
}
