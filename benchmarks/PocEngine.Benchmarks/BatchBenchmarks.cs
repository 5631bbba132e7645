using System;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PocEngine.Cli.Cases;
using PocEngine.Cli.Commands;
using PocEngine.Cli.Output;

namespace PocEngine.Benchmarks;

// What 'poc calculate' does to a JSON Lines file, in process on a fixed in-memory input: the sample corpus repeated to
// a million lines (CaseFile), its results written to a null stream. Beside it, in the same run, its floors on one
// core: the JSON tokenizer alone over every line (Utf8JsonReader, no case built), and the baseline, every line read
// and parsed into a case as the tool does, without calculating or writing.
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private byte[] input = null!;
    private PocCalculator calculator = null!;

    [Params(1_000_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        input = CaseFile.Bytes(Lines);
        calculator = new PocCalculator(RuleSet.Default);
    }

    [Benchmark]
    public long Parse_JsonTokens()
    {
        var tokens = 0L;
        var rest = input.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            var reader = new Utf8JsonReader(line);
            while (reader.Read())
            {
                tokens++;
            }
        }

        return tokens;
    }

    [Benchmark(Baseline = true)]
    public long Parse_Cases()
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
