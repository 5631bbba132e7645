using System;
using System.IO;

namespace PocEngine.Benchmarks;

// The batch benchmarks' input: the sample corpus (samples/cases/cases.jsonl, 1,200 real-shaped cases, embedded in
// this assembly) repeated line by line to the count asked for, so that the same count always gives the same bytes
// (a million lines: 221,695,618 bytes). 'PocEngine.Benchmarks --generate-cases 1000000 FILE' writes it for the tool.
internal static class CaseFile
{
    public static byte[] Corpus()
    {
        using var resource = typeof(CaseFile).Assembly.GetManifestResourceStream("cases.jsonl")
            ?? throw new InvalidOperationException("The sample corpus 'cases.jsonl' is not embedded in the benchmarks.");
        using var sample = new MemoryStream();
        resource.CopyTo(sample);
        return sample.ToArray();
    }

    // Writes the first 'count' lines of the corpus repeated, each ended by a line feed.
    public static void Write(Stream output, long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var corpus = Corpus();
        if (corpus.Length == 0 || corpus[^1] != '\n')
        {
            throw new InvalidOperationException("The sample corpus must end with a line feed.");
        }

        var lines = 0L;
        foreach (var b in corpus)
        {
            lines += b == '\n' ? 1 : 0;
        }

        for (var whole = count / lines; whole > 0; whole--)
        {
            output.Write(corpus);
        }

        var rest = count % lines;
        var end = 0;
        for (; rest > 0; rest--)
        {
            end = Array.IndexOf(corpus, (byte)'\n', end) + 1;
        }

        output.Write(corpus, 0, end);
    }

    public static byte[] Bytes(long count)
    {
        using var output = new MemoryStream();
        Write(output, count);
        return output.ToArray();
    }

    public static void WriteFile(string path, long count)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        Write(file, count);
    }
}
