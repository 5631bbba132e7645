using System;
using System.IO;

namespace PocEngine.Cli.Cases;

// Splits a UTF-8 stream into lines without decoding it to text: JSON Lines are parsed from the bytes. The buffer
// grows for a long line (a case with 10,000 charges) and is reused, so memory stays flat over any number of lines.
internal sealed class Utf8LineReader(Stream stream)
{
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private bool finished;
    private bool first = true;

    public bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            if (newline >= 0)
            {
                line = Trim(buffer.AsMemory(start, newline - start));
                start = newline + 1;
                return true;
            }

            if (finished)
            {
                if (start < end)
                {
                    line = Trim(buffer.AsMemory(start, end - start));
                    start = end;
                    return true;
                }

                line = default;
                return false;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            finished = true;
        }

        end += read;
    }

    // Drops a trailing CR and, on the first line, a UTF-8 byte order mark.
    private ReadOnlyMemory<byte> Trim(ReadOnlyMemory<byte> line)
    {
        if (line.Length > 0 && line.Span[^1] == '\r')
        {
            line = line[..^1];
        }

        if (first)
        {
            first = false;
            if (line.Span.StartsWith("\uFEFF"u8))
            {
                line = line[3..];
            }
        }

        return line;
    }
}
