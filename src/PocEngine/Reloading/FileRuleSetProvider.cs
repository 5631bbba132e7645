using System;
using System.IO;
using System.Linq;
using System.Threading;
using PocEngine.Loading;

namespace PocEngine.Reloading;

/// <summary>Serves the rule set of a folder and reloads it when its YAML files change.</summary>
/// <remarks>
/// <para>
/// The first load must succeed (the constructor throws otherwise), so there is never a moment with no rules. After
/// that, a change is reloaded a short quiet period after the last write; a valid result whose content hash differs
/// is swapped in atomically and raises <see cref="Reloaded"/>; an invalid one keeps the last good rule set in
/// service and raises <see cref="ReloadFailed"/> with every diagnostic. <see cref="Status"/> says which.
/// </para>
/// <para>
/// Nothing the folder holds can end the host: a reload on the watcher's thread catches every exception (running out
/// of memory included, and any thrown by an event handler), and each load keeps to the budget of its
/// <see cref="RuleSetLoadOptions"/>. The folder may be replaced as a whole (deleted and created again, renamed in, or
/// a symbolic link switched to a new release folder, as atomic deployments do): its identity is checked every second,
/// and a new folder is watched and loaded. Thread-safe.
/// </para>
/// </remarks>
public sealed class FileRuleSetProvider : IRuleSetProvider, IDisposable
{
    private static readonly TimeSpan FolderCheckInterval = TimeSpan.FromSeconds(1);

    private readonly string directory;
    private readonly RuleSetLoadOptions options;
    private readonly TimeSpan quietPeriod;
    private readonly object reloadLock = new();
    private readonly object watchLock = new();
    private readonly Timer? debounce;
    private readonly Timer? folderCheck;
    private FileSystemWatcher? watcher;
    private FolderIdentity watched;
    private bool watcherFailed;
    private bool disposed;
    private RuleSet current;
    private RuleSetProviderStatus status;

    /// <summary>Loads a rules folder and, unless told not to, watches it for changes.</summary>
    /// <param name="directory">The folder that holds <c>ruleset.yaml</c>, or a symbolic link to it.</param>
    /// <param name="options">The load's budget, or <see langword="null"/> for the defaults.</param>
    /// <param name="watch">Whether to reload automatically when a YAML file of the folder changes or the folder is replaced.</param>
    /// <param name="quietPeriod">How long to wait after the last change before reloading; 250 ms by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="RuleSetLoadException">The folder's rule set has errors.</exception>
    public FileRuleSetProvider(string directory, RuleSetLoadOptions? options = null, bool watch = true, TimeSpan? quietPeriod = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        this.directory = directory;
        this.options = options ?? RuleSetLoadOptions.Default;
        this.quietPeriod = quietPeriod ?? TimeSpan.FromMilliseconds(250);
        var first = RuleSetLoader.LoadDirectory(directory, this.options);
        current = first.GetValueOrThrow();
        status = new RuleSetProviderStatus(current, false, first.Diagnostics, 0, 0);
        Metrics.Track(this);
        if (watch)
        {
            debounce = new Timer(_ => ReloadOnTimer(), null, Timeout.Infinite, Timeout.Infinite);
            lock (watchLock)
            {
                watched = FolderIdentity.Of(directory);
                Arm();
            }

            folderCheck = new Timer(_ => CheckFolder(), null, FolderCheckInterval, FolderCheckInterval);
        }
    }

    /// <inheritdoc/>
    public event EventHandler<RuleSetReloadedEventArgs>? Reloaded;

    /// <inheritdoc/>
    public event EventHandler<RuleSetReloadFailedEventArgs>? ReloadFailed;

    /// <inheritdoc/>
    public RuleSet Current => Volatile.Read(ref current);

    /// <inheritdoc/>
    public RuleSetProviderStatus Status => Volatile.Read(ref status);

    /// <summary>Reloads the folder now: swaps in a valid, changed rule set, or keeps the current one and reports why.</summary>
    /// <returns>The load's result, with every diagnostic.</returns>
    /// <remarks>An exception thrown by a handler of <see cref="Reloaded"/> or <see cref="ReloadFailed"/> reaches the caller; the reload is done by then.</remarks>
    public RuleSetLoadResult Reload()
    {
        lock (reloadLock)
        {
            RuleSetLoadResult result;
            try
            {
                result = RuleSetLoader.LoadDirectory(directory, options);
            }
            catch (Exception ex)
            {
                // The loader turns everything the files can cause into diagnostics; anything else is a fault in
                // PocEngine, which must still leave the host and its last good rule set standing.
                result = new RuleSetLoadResult(null, [LoadPipeline.LoadFailed(ex)]);
            }

            var previous = Current;
            var before = Status;
            if (!result.Success)
            {
                Volatile.Write(ref status, new RuleSetProviderStatus(previous, true, result.Diagnostics, before.ReloadCount, before.FailedReloadCount + 1));
                Metrics.ReloadFailed(previous);
                ReloadFailed?.Invoke(this, new RuleSetReloadFailedEventArgs(result.Diagnostics, previous));
                return result;
            }

            var changed = !SameContent(previous, result.RuleSet);
            if (changed)
            {
                Volatile.Write(ref current, result.RuleSet);
            }

            Volatile.Write(ref status, new RuleSetProviderStatus(Current, false, result.Diagnostics, before.ReloadCount + (changed ? 1 : 0), before.FailedReloadCount));
            if (changed)
            {
                Metrics.Reloaded(result.RuleSet);
                Reloaded?.Invoke(this, new RuleSetReloadedEventArgs(previous, result.RuleSet));
            }

            return result;
        }
    }

    /// <summary>Stops watching the folder.</summary>
    public void Dispose()
    {
        lock (watchLock)
        {
            disposed = true;
            watcher?.Dispose();
            watcher = null;
        }

        folderCheck?.Dispose();
        debounce?.Dispose();
        Metrics.Untrack(this);
    }

    private static bool SameContent(RuleSet a, RuleSet b) =>
        a.Versions.Count == b.Versions.Count
        && a.Versions.Zip(b.Versions).All(v => v.First.Hash == v.Second.Hash && v.First.Label == v.Second.Label && v.First.EffectiveFromDay == v.Second.EffectiveFromDay);

    // On the timer's thread nothing may escape: an exception there ends the process. The reload's outcome is already
    // in Status and the meter, so what is caught here is only a subscriber's fault (or a failure to raise the event).
    private void ReloadOnTimer()
    {
        try
        {
            Reload();
        }
#pragma warning disable CA1031 // The host must outlive any failure of a background reload.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    // Once a second: when the path names another folder than the one watched (replaced, renamed in, a link switched),
    // or names none, or the watcher failed, watch afresh and reload.
    private void CheckFolder()
    {
        try
        {
            var identity = FolderIdentity.Of(directory);
            lock (watchLock)
            {
                if (disposed || (identity == watched && !watcherFailed))
                {
                    return;
                }

                watched = identity;
                Arm();
            }

            Schedule();
        }
#pragma warning disable CA1031 // A check on the timer's thread must never end the host; the next one tries again.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    // Called under watchLock.
    private void Arm()
    {
        watcher?.Dispose();
        watcher = null;
        watcherFailed = false;
        if (watched.Kind != FileEntryKind.Directory)
        {
            return;
        }

        try
        {
            var fresh = new FileSystemWatcher(directory)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
            };
            fresh.Changed += OnChanged;
            fresh.Created += OnChanged;
            fresh.Deleted += OnChanged;
            fresh.Renamed += OnChanged;
            fresh.Error += (_, _) =>
            {
                // Too many changes at once, or the folder went away: reload, and let the next check watch afresh.
                watcherFailed = true;
                Schedule();
            };
            fresh.EnableRaisingEvents = true;
            watcher = fresh;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // The folder went away between the check and the watch, or cannot be watched: the next check tries again.
            watcherFailed = true;
        }
    }

    // Any change in the folder: not only a rule file's, as a link or a FIFO that appears changes what a load finds.
    private void OnChanged(object sender, FileSystemEventArgs e) => Schedule();

    private void Schedule()
    {
        try
        {
            debounce?.Change(quietPeriod, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
        }
    }

    // What the folder's path names now: its kind, device, inode and birth time (where the system gives no inode, the
    // creation time), which together tell one folder from another put in its place, even one given the same inode.
    private readonly record struct FolderIdentity(FileEntryKind Kind, ulong Device, ulong Inode, long Born)
    {
        public static FolderIdentity Of(string path)
        {
            var entry = FileEntry.Of(path, followLinks: true);
            var born = entry.Kind == FileEntryKind.Directory && !entry.HasIdentity ? new DirectoryInfo(path).CreationTimeUtc.Ticks : entry.Born;
            return new FolderIdentity(entry.Kind, entry.Device, entry.Inode, born);
        }
    }
}
