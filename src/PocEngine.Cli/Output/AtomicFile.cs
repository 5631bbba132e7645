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
    private bool committed;

    public AtomicFile(string path)
    {
        this.path = Path.GetFullPath(path);
        temporary = this.path + ".partial-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false), 1 << 16);
    }

    public TextWriter Writer { get; }

    public void Commit()
    {
        Writer.Flush();
        Writer.Dispose();
        File.Move(temporary, path, overwrite: true);
        committed = true;
    }

    public void Dispose()
    {
        if (committed)
        {
            return;
        }

        Writer.Dispose();
        File.Delete(temporary);
    }
}
