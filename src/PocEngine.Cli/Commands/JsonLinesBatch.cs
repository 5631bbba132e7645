using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using PocEngine.Cli.Cases;
using PocEngine.Cli.Output;

namespace PocEngine.Cli.Commands;

// Calculates a JSON Lines file in batches: lines are read in order, each batch is parsed, calculated and serialised
// on every core, and the results are written in input order. The calculator is thread-safe and each line is
// independent, so the output is byte for byte what a sequential run writes; memory is one batch at a time.
internal static class JsonLinesBatch
{
    private const int BatchSize = 4096;

    public static (long Results, long Errors) Run(Stream input, Stream output, CaseCounts counts, PocCalculator calculator, bool explain, Action<long, string> onError, Progress progress)
    {
        var reader = new Utf8LineReader(input);
        var lines = new List<(long Number, byte[] Bytes)>(BatchSize);
        var outcomes = new Outcome[BatchSize];
        long number = 0, results = 0, errors = 0;
        var more = true;
        while (more)
        {
            lines.Clear();
            while (lines.Count < BatchSize && (more = reader.TryReadLine(out var line)))
            {
                number++;
                counts.Lines++;
                lines.Add((number, line.ToArray()));
            }

            Parallel.For(0, lines.Count, () => new Worker(), (i, _, worker) =>
            {
                outcomes[i] = worker.Process(lines[i].Bytes, calculator, explain);
                return worker;
            }, worker => worker.Dispose());

            for (var i = 0; i < lines.Count; i++)
            {
                var outcome = outcomes[i];
                if (outcome.Blank)
                {
                    counts.Blank++;
                }
                else if (outcome.Error is not null)
                {
                    errors++;
                    onError(lines[i].Number, outcome.Error);
                }
                else
                {
                    output.Write(outcome.Json);
                    results++;
                }

                outcomes[i] = default;
            }

            progress.Report(results);
        }

        return (results, errors);
    }

    private readonly record struct Outcome(byte[]? Json, string? Error, bool Blank);

    private sealed class Worker : IDisposable
    {
        private readonly ArrayBufferWriter<byte> buffer = new(1024);
        private readonly Utf8JsonWriter json;

        public Worker() => json = new Utf8JsonWriter(buffer);

        public Outcome Process(byte[] line, PocCalculator calculator, bool explain)
        {
            if (line.AsSpan().Trim(" \t\r"u8).IsEmpty)
            {
                return new Outcome(null, null, true);
            }

            if (!CaseLine.TryParse(line, out var defendantCase, out var error, out _, out _))
            {
                return new Outcome(null, error, false);
            }

            PrincipalOffenceResult result;
            try
            {
                result = explain ? calculator.Explain(defendantCase!) : calculator.Calculate(defendantCase!);
            }
            catch (RuleSetVersionNotFoundException ex)
            {
                return new Outcome(null, ex.Message, false);
            }

            buffer.ResetWrittenCount();
            json.Reset();
            ResultJson.Write(json, defendantCase!.Id, result);
            json.Flush();
            buffer.GetSpan(1)[0] = (byte)'\n';
            buffer.Advance(1);
            return new Outcome(buffer.WrittenSpan.ToArray(), null, false);
        }

        public void Dispose() => json.Dispose();
    }
}
