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

    public AtomicFile(string path)
    {
        this.path = Path.GetFullPath(path);
        temporary = this.path + ".partial-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
    }

    public Stream Stream => file;

    public TextWriter Writer => writer ??= new StreamWriter(Stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);

    public void Commit()
    {
        writer?.Flush();
        // On the disk before the rename, so that a crash of the machine cannot leave a complete-looking empty file.
        file.Flush(flushToDisk: true);
        file.Dispose();
        File.Move(temporary, path, overwrite: true);
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
