using System;
using System.IO;

namespace PocEngine.Cli.Cases;

// Splits a UTF-8 stream into lines (ended by LF, CR LF or CR) without decoding it to text: JSON Lines are parsed from
// the bytes. The buffer grows for a long line (a case with 10,000 charges) up to a limit and is reused, so memory stays
// flat over any number of lines; a line over the limit is skipped to its end and reported as too long, never held
// whole.
internal sealed class Utf8LineReader(Stream stream, int maxLineBytes)
{
    private byte[] buffer = new byte[Math.Min(1 << 16, maxLineBytes + 1)];
    private int start;
    private int end;
    private bool finished;
    private bool first = true;
    private bool afterCr;

    // False at the end of the stream. A line longer than the limit comes back empty with tooLong set. A line ends at LF,
    // CR LF or a CR alone (files saved with old Mac line ends), so that every line is a line and its number counts them.
    public bool TryReadLine(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        tooLong = false;
        while (true)
        {
            if (afterCr && (start < end || finished))
            {
                // The line before ended at a CR that was the last byte read: an LF right after it belongs to that end.
                afterCr = false;
                if (start < end && buffer[start] == '\n')
                {
                    start++;
                }
            }

            var at = afterCr ? -1 : buffer.AsSpan(start, end - start).IndexOfAny((byte)'\n', (byte)'\r');
            if (at >= 0)
            {
                var next = start + at + 1;
                if (buffer[start + at] == '\r')
                {
                    if (next < end)
                    {
                        next += buffer[next] == '\n' ? 1 : 0;
                    }
                    else
                    {
                        afterCr = true;
                    }
                }

                tooLong |= at > maxLineBytes;
                line = tooLong ? default : Trim(buffer.AsMemory(start, at));
                start = next;
                return true;
            }

            if (finished && !afterCr)
            {
                if (start < end || tooLong)
                {
                    tooLong |= end - start > maxLineBytes;
                    line = tooLong ? default : Trim(buffer.AsMemory(start, end - start));
                    start = end;
                    return true;
                }

                line = default;
                return false;
            }

            if (end - start > maxLineBytes)
            {
                // Past the limit: drop what is held of this line and read on to its end.
                tooLong = true;
                first = false;
                start = end = 0;
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
            Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, (long)maxLineBytes + 1 + (1 << 16)));
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            finished = true;
        }

        end += read;
    }

    // Drops, on the first line, a UTF-8 byte order mark.
    private ReadOnlyMemory<byte> Trim(ReadOnlyMemory<byte> line)
    {
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
