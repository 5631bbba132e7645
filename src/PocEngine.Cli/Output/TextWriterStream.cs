using System;
using System.IO;
using System.Text;

namespace PocEngine.Cli.Output;

// Lets a command that writes UTF-8 bytes write to the invocation's text output when that output is not the
// console (a test running the tool in process); on the console, commands write the bytes straight to standard output.
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder decoder = new UTF8Encoding(false).GetDecoder();
    private char[] chars = new char[1024];

    public static Stream For(TextWriter output) =>
        ReferenceEquals(output, Console.Out) ? new BufferedStream(Console.OpenStandardOutput(), 1 << 16) : new TextWriterStream(output);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (chars.Length < buffer.Length)
        {
            chars = new char[buffer.Length];
        }

        var count = decoder.GetChars(buffer, chars, flush: false);
        writer.Write(chars, 0, count);
    }

    public override void Flush() => writer.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
