using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace PocEngine.Cli.Output;

// Writes one indented JSON document to a text output: the shared shape of every --format json report.
internal static class JsonReport
{
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }
}
