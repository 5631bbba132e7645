using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;

namespace PocEngine.Cli.Output;

// Writes an output (--output, --html, --csv, a rule file) so that nothing is ever destroyed:
// - a regular file, or a path not there yet, is written to a hidden temporary file beside it
//   (.NAME.poc-partial-PID, which no one would take for the report), flushed to disk and renamed over it only when
//   complete, keeping the old file's permissions; a killed or failed run leaves the earlier file as it was;
// - a symbolic link is written through: its final target is replaced that way, and the link stays a link;
// - a named pipe (FIFO) or a character device (/dev/null, a terminal) is written to directly, never replaced, and so
//   is a descriptor of this process (/dev/stdout, /dev/fd/N) whatever it is;
// - a folder, a block device or a socket is refused, and so is an output that is one of the command's inputs or
//   another of its outputs (OutputGuard);
// all checked in one sentence (a UsageException, exit 2) before any work. The temporary file is deleted when the run
// fails or is interrupted (Interruption deletes it even when a second Ctrl+C ends the process at once).
internal sealed class AtomicFile : IDisposable
{
    public const string PartialMarker = ".poc-partial-";

    // The temporary files open now, for Interruption to delete when the process is made to end at once.
    private static readonly ConcurrentDictionary<string, byte> Pending = new(StringComparer.Ordinal);

    private readonly string path;
    private readonly string? temporary;
    private readonly FileStream file;
    private readonly CancellationToken cancel;
    private StreamWriter? writer;
    private bool committed;

    private AtomicFile(string path, string? temporary, FileStream file, CancellationToken cancel)
    {
        this.path = path;
        this.temporary = temporary;
        this.file = file;
        this.cancel = cancel;
    }

    public Stream Stream => file;

    public TextWriter Writer => writer ??= new StreamWriter(Stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);

    // The hidden name of the temporary file written beside 'target' by this process.
    public static string TemporaryFor(string target) =>
        Path.Combine(Path.GetDirectoryName(target) ?? string.Empty, "." + Path.GetFileName(target) + PartialMarker + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

    // Opens the output the option names, or says in one sentence why it cannot be written. guard: the command's inputs
    // and other outputs, none of which this one may be; cancel: an interrupted run is never committed.
    public static AtomicFile Create(string path, string option, OutputGuard? guard = null, CancellationToken cancel = default)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException($"The {option} path '{path}' is not a valid file path: {ex.Message}");
        }

        var target = FileEntry.Of(full, followLinks: true);
        switch (target.Kind)
        {
            case FileEntryKind.Directory:
                throw new UsageException($"The {option} path '{path}' is a folder; give the path of a file to write.");
            case FileEntryKind.BlockDevice or FileEntryKind.Socket:
                throw new UsageException($"The {option} path '{path}' is {FileEntry.Describe(target.Kind)}; poc writes to a file, a named pipe or a character device such as /dev/stdout.");
        }

        // Where a link leads, so that its target is replaced and the link kept; a descriptor of this process
        // (/dev/stdout leads into /proc) is written to as it is, whatever it names.
        var link = FileEntry.Of(full, followLinks: false).Kind == FileEntryKind.SymbolicLink ? Resolve(full) : null;
        var stream = target.IsSpecial || IsDescriptor(full, link);
        var replaced = stream ? full : link ?? full;
        guard?.Claim(path, option, target, replaced);
        if (!stream)
        {
            var folder = Path.GetDirectoryName(replaced);
            if (folder is not null && File.Exists(folder))
            {
                throw new UsageException($"The {option} path '{path}' is inside '{folder}', which is a file, not a folder.");
            }

            if (folder is not null && !Directory.Exists(folder))
            {
                throw new UsageException($"The folder of the {option} path '{path}' does not exist; create '{folder}' first or write elsewhere.");
            }
        }

        try
        {
            if (stream)
            {
                // Append, so that a file behind /dev/stdout opened with >> keeps what it holds; a pipe or device has no end.
                var mode = target.Kind == FileEntryKind.Regular ? FileMode.Append : FileMode.Open;
                return new AtomicFile(full, null, new FileStream(full, mode, FileAccess.Write, FileShare.ReadWrite, 1 << 16), cancel);
            }

            var temporary = TemporaryFor(replaced);
            var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            Pending[temporary] = 0;
            KeepMode(replaced, temporary);
            return new AtomicFile(replaced, temporary, file, cancel);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"The {option} file '{path}' cannot be written: {ex.Message.TrimEnd('.')}. Check that its folder is writable.");
        }
    }

    // Writes a whole text file the same way (rule files written by import and new version).
    public static void WriteAllText(string path, string text, string what)
    {
        using var file = Create(path, what);
        file.Writer.Write(text);
        file.Commit();
    }

    // Deletes every temporary file this process has open: the last thing done when it is made to end at once.
    public static void DeleteTemporaries()
    {
        foreach (var temporary in Pending.Keys)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done while the process ends; the hidden name says what the file is.
            }
        }
    }

    public void Commit()
    {
        cancel.ThrowIfCancellationRequested();
        try
        {
            writer?.Flush();
            if (temporary is null)
            {
                file.Flush();
                committed = true;
                return;
            }

            // On the disk before the rename, so that a crash of the machine cannot leave a complete-looking empty file.
            file.Flush(flushToDisk: true);
            file.Dispose();
            File.Move(temporary, path, overwrite: true);
            Pending.TryRemove(temporary, out _);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"The file '{path}' could not be written: {ex.Message.TrimEnd('.')}. An earlier file of that name, if any, is unchanged.");
        }

        committed = true;
    }

    public void Dispose()
    {
        if (committed)
        {
            return;
        }

        try
        {
            writer?.Dispose();
            file.Dispose();
        }
        catch (IOException) when (temporary is null)
        {
            // A pipe whose reader has gone: nothing to take back.
        }

        if (temporary is not null)
        {
            File.Delete(temporary);
            Pending.TryRemove(temporary, out _);
        }
    }

    // The final target of a symbolic link, as a full path.
    private static string Resolve(string link)
    {
        try
        {
            return File.ResolveLinkTarget(link, returnFinalTarget: true)?.FullName ?? link;
        }
        catch (IOException)
        {
            // A loop of links: let opening the path report it.
            return link;
        }
    }

    private static bool IsDescriptor(string full, string? link) =>
        !OperatingSystem.IsWindows() && (IsProcess(full) || full.StartsWith("/dev/fd/", StringComparison.Ordinal) || (link is not null && IsProcess(link)) || IsProcess(FirstHop(full)));

    private static bool IsProcess(string? path) => path?.StartsWith("/proc/", StringComparison.Ordinal) == true;

    private static string? FirstHop(string full)
    {
        try
        {
            return new FileInfo(full).LinkTarget is { } hop ? Path.GetFullPath(hop, Path.GetDirectoryName(full) ?? "/") : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    // A file replaced keeps its permissions (a report made private stays private); a new one gets the usual ones.
    private static void KeepMode(string replaced, string temporary)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(replaced))
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(replaced));
        }
    }
}
