using System;
using System.IO;
using System.Text;

namespace PocEngine.Cli.Output;

// Writes a report or result file to a temporary file beside it and moves it into place only when complete, so that
// a killed run never leaves a half file that looks whole.
internal sealed class AtomicFile : IDisposable
{
    private readonly string path;
    private readonly string temporary;
    private readonly FileStream file;
    private StreamWriter? writer;
    private bool committed;

    private AtomicFile(string path)
    {
        this.path = path;
        temporary = path + ".partial-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
    }

    // Opens the temporary file for what the option names, or says in one sentence why it cannot be written (a
    // UsageException: exit 2), before any work is done.
    public static AtomicFile Create(string path, string option)
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

        if (Directory.Exists(full))
        {
            throw new UsageException($"The {option} path '{path}' is a folder; give the path of a file to write.");
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is not null && File.Exists(folder))
        {
            throw new UsageException($"The {option} path '{path}' is inside '{folder}', which is a file, not a folder.");
        }

        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UsageException($"The folder of the {option} path '{path}' does not exist; create '{folder}' first or write elsewhere.");
        }

        try
        {
            return new AtomicFile(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"The {option} file '{path}' cannot be written: {ex.Message.TrimEnd('.')}. Check that its folder is writable.");
        }
    }

    public Stream Stream => file;

    public TextWriter Writer => writer ??= new StreamWriter(Stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);

    public void Commit()
    {
        writer?.Flush();
        // On the disk before the rename, so that a crash of the machine cannot leave a complete-looking empty file.
        try
        {
            file.Flush(flushToDisk: true);
            file.Dispose();
            File.Move(temporary, path, overwrite: true);
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

        writer?.Dispose();
        file.Dispose();
        File.Delete(temporary);
    }
}
