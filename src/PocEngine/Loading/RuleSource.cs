using System;
using System.IO;
using System.Text;

namespace PocEngine.Rules;

/// <summary>Holds one rule file to load: its path within the rule set folder and its text.</summary>
public sealed class RuleSource
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private RuleSource(string path, string? text, string? readError)
    {
        Path = NormalisePath(path);
        Text = text;
        ReadError = readError;
    }

    /// <summary>Gets the file's path relative to the rule set folder, with forward slashes, for example <c>offences/T.yaml</c>.</summary>
    public string Path { get; }

    internal string? Text { get; }

    internal string? ReadError { get; }

    /// <summary>Creates a source from text already in memory.</summary>
    /// <param name="path">The file's path relative to the rule set folder.</param>
    /// <param name="text">The YAML text.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="text"/> is null.</exception>
    public static RuleSource FromText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        return new RuleSource(path, text, null);
    }

    /// <summary>Creates a source by reading a stream of UTF-8 text to its end, refusing more than a limit.</summary>
    /// <param name="path">The file's path relative to the rule set folder.</param>
    /// <param name="stream">The stream; it is read but not disposed.</param>
    /// <param name="maxBytes">The most bytes to accept; a longer stream gives a diagnostic when loaded.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="stream"/> is null.</exception>
    public static RuleSource FromStream(string path, Stream stream, long maxBytes = 32L * 1024 * 1024)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            if (stream.CanSeek)
            {
                return FromSeekable(path, stream, maxBytes);
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return new RuleSource(path, null, $"the file is larger than the limit of {maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)} bytes");
                }

                buffer.Write(chunk, 0, read);
            }

            return Decode(path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        catch (DecoderFallbackException)
        {
            return new RuleSource(path, null, "the file is not valid UTF-8 text");
        }
        catch (IOException ex)
        {
            return new RuleSource(path, null, "the file could not be read (" + ex.Message.TrimEnd('.') + ")");
        }
    }

    // Files and embedded resources know their length: one buffer, no copies.
    private static RuleSource FromSeekable(string path, Stream stream, long maxBytes)
    {
        var length = stream.Length - stream.Position;
        if (length > maxBytes)
        {
            return new RuleSource(path, null, $"the file is larger than the limit of {maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)} bytes");
        }

        var bytes = new byte[length];
        stream.ReadExactly(bytes);
        return Decode(path, bytes);
    }

    private static RuleSource Decode(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes.Slice(Encoding.UTF8.Preamble.Length);
        }

        return new RuleSource(path, StrictUtf8.GetString(bytes), null);
    }

    internal static RuleSource Unreadable(string path, string reason) => new(path, null, reason);

    private static string NormalisePath(string path) => path.Replace('\\', '/').TrimStart('/');
}
