using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using PocEngine.Cli.Cases;
using PocEngine.Cli.Output;

namespace PocEngine.Cli.Commands;

// Calculates a case file in batches, whatever its format, as a pipeline: the calling thread reads cases in order into
// a batch (copying each JSON line into the batch's own buffer, as the source only lends it), hands the batch to the
// thread pool, where one thread parses, calculates and serialises the whole batch into the batch's output buffer, and
// writes finished batches in input order while later ones are still being worked on. Each case is independent and the
// calculator is thread-safe, so the output is byte for byte what a sequential run writes. At most a few batches are
// in flight and their buffers are reused, so memory stays flat whatever the file's length. Every case ends as one
// result or one error: a fault in poc itself is reported against its case, counted apart, and the run goes on.
internal static class CaseBatch
{
    private const int BatchSize = 2048;

    public static void Run(CaseSource source, Stream output, PocCalculator calculator, bool explain, Action<long, string> onError, Progress progress)
    {
        var all = new List<Batch>();
        try
        {
            Pipeline(source, output, calculator, explain, onError, progress, all);
        }
        finally
        {
            foreach (var batch in all)
            {
                batch.Dispose();
            }
        }
    }

    private static void Pipeline(CaseSource source, Stream output, PocCalculator calculator, bool explain, Action<long, string> onError, Progress progress, List<Batch> all)
    {
        var counts = source.Counts;
        var inFlight = new Queue<(Batch Batch, Task Work)>();
        var spare = new Stack<Batch>();
        var limit = Environment.ProcessorCount + 1;
        var more = true;
        try
        {
            while (more)
            {
                if (spare.Count == 0)
                {
                    all.Add(new Batch());
                    spare.Push(all[^1]);
                }

                var batch = spare.Pop();
                more = batch.Fill(source);
                if (batch.Count > 0)
                {
                    inFlight.Enqueue((batch, Task.Run(() => batch.Process(calculator, explain))));
                }

                while (inFlight.Count > 0 && (inFlight.Count >= limit || !more))
                {
                    var (done, work) = inFlight.Dequeue();
                    work.GetAwaiter().GetResult();
                    done.WriteTo(output, counts, onError);
                    spare.Push(done);
                    progress.Report(counts.Results);
                }
            }
        }
        finally
        {
            // On a failure (the output cannot be written), no batch is disposed while a thread still works on it.
            foreach (var (_, work) in inFlight)
            {
                ((IAsyncResult)work).AsyncWaitHandle.WaitOne();
            }
        }
    }

    // A batch of cases: their input (JSON lines copied into one buffer, or cases a CSV source already read), and once
    // processed, their results as JSON Lines in one buffer and their errors in order.
    private sealed class Batch : IDisposable
    {
        private readonly ArrayBufferWriter<byte> input = new(1 << 16);
        private readonly ArrayBufferWriter<byte> results = new(1 << 16);
        private readonly Utf8JsonWriter json;
        private readonly ResultJson writer = new();
        private readonly List<(long Line, string Message, bool Fault)> errors = [];
        private readonly List<Entry> entries = new(BatchSize);
        private int resultCount;

        public Batch() => json = new Utf8JsonWriter(results);

        public int Count => entries.Count;

        // Reads up to a batch of cases; false when the source is at its end.
        public bool Fill(CaseSource source)
        {
            input.ResetWrittenCount();
            entries.Clear();
            while (entries.Count < BatchSize)
            {
                if (!source.TryRead(out var item))
                {
                    return false;
                }

                var start = input.WrittenCount;
                if (item.Record is null)
                {
                    var line = item.Json.Span;
                    line.CopyTo(input.GetSpan(line.Length));
                    input.Advance(line.Length);
                }

                entries.Add(new Entry(item.Line, start, input.WrittenCount - start, item.Record));
            }

            return true;
        }

        public void Process(PocCalculator calculator, bool explain)
        {
            results.ResetWrittenCount();
            errors.Clear();
            resultCount = 0;
            var bytes = input.WrittenMemory;
            foreach (var entry in entries)
            {
                try
                {
                    var record = CaseItem.Read(entry.Line, bytes.Span.Slice(entry.Start, entry.Length), entry.Record, reportFields: false);
                    if (record.Case is not { } defendantCase)
                    {
                        errors.Add((record.Line, record.Error!, false));
                        continue;
                    }

                    var result = explain ? calculator.Explain(defendantCase) : calculator.Calculate(defendantCase);
                    json.Reset();
                    writer.Write(json, defendantCase.Id, result);
                    json.Flush();
                    results.GetSpan(1)[0] = (byte)'\n';
                    results.Advance(1);
                    resultCount++;
                }
                catch (RuleSetVersionNotFoundException ex)
                {
                    errors.Add((entry.Line, ex.Message, false));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    errors.Add((entry.Line, InternalFault.Describe(ex, "this case"), true));
                }
            }
        }

        public void WriteTo(Stream output, CaseCounts counts, Action<long, string> onError)
        {
            output.Write(results.WrittenSpan);
            counts.Results += resultCount;
            foreach (var (line, message, fault) in errors)
            {
                counts.Errors++;
                counts.Faults += fault ? 1 : 0;
                onError(line, message);
            }
        }

        public void Dispose() => json.Dispose();

        // Start and Length: the JSON line's bytes in the input buffer; Record: a case (or error) already read instead.
        private readonly record struct Entry(long Line, int Start, int Length, CaseRecord? Record);
    }
}
