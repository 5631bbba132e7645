using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PocEngine.Cli.Output;

// Writes one indented JSON document to a text output: the shared shape of every --format json report.
internal static class JsonReport
{
    // Every JSON the tool writes goes to a file or standard output, never into an HTML page or a script, so it escapes
    // only what JSON requires (quotes, backslashes, control characters): "O'Brien" and "£5" read as written, not as
    // "O\u0027Brien" and "\u00A35". A JSON embedded in HTML would need the default encoder instead.
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Encoder }))
        {
            write(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }
}
