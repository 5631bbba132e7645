using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using PocEngine.Cli.Cases;
using PocEngine.Cli.Commands;
using PocEngine.Cli.Output;

namespace PocEngine.Benchmarks;

// What 'poc calculate' does to a JSON Lines file, in process on a fixed in-memory input: the sample corpus
// (samples/cases/cases.jsonl, 1,200 cases) repeated to 100,000 lines, its results written to a null stream. The
// baseline reads and parses the same lines into cases without calculating or writing: the floor of the batch.
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private const int Lines = 100_000;
    private byte[] input = null!;
    private PocCalculator calculator = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var resource = typeof(BatchBenchmarks).Assembly.GetManifestResourceStream("cases.jsonl")!;
        using var sample = new MemoryStream();
        resource.CopyTo(sample);
        var corpus = sample.ToArray();
        var lines = 0;
        foreach (var b in corpus)
        {
            lines += b == '\n' ? 1 : 0;
        }

        using var repeated = new MemoryStream();
        for (var written = 0; written < Lines; written += lines)
        {
            repeated.Write(corpus);
        }

        input = repeated.ToArray();
        calculator = new PocCalculator(RuleSet.Default);
    }

    [Benchmark(Baseline = true)]
    public long ParseOnly()
    {
        var source = CaseSource.Open(new MemoryStream(input, writable: false), csv: false, (_, _) => { });
        var cases = 0L;
        while (source.TryRead(out var item))
        {
            cases += item.Read().Case is null ? 0 : 1;
        }

        return cases;
    }

    [Benchmark]
    public long Calculate_Batch()
    {
        var source = CaseSource.Open(new MemoryStream(input, writable: false), csv: false, (_, _) => { });
        CaseBatch.Run(source, Stream.Null, calculator, explain: false, (_, message) => throw new InvalidOperationException(message), new Progress(TextWriter.Null));
        return source.Counts.Results;
    }
}
