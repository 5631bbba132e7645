using System;
using System.Buffers;

namespace PocEngine.Cli.Output;

// A growable byte buffer, as ArrayBufferWriter, that can also be cut back to an earlier length: a result whose writing
// failed half way is taken back whole, so that no half line reaches the output.
internal sealed class ByteBuffer(int capacity) : IBufferWriter<byte>
{
    private byte[] buffer = new byte[capacity];

    public int WrittenCount { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => buffer.AsSpan(0, WrittenCount);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, buffer.Length - WrittenCount);
        WrittenCount += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsMemory(WrittenCount);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsSpan(WrittenCount);
    }

    // Back to an earlier length, forgetting what was written after it.
    public void Truncate(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, WrittenCount);
        WrittenCount = length;
    }

    private void Ensure(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (buffer.Length - WrittenCount < needed)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, WrittenCount + needed));
        }
    }
}
