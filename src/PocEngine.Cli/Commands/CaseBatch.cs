using System;
using System.Buffers;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using PocEngine.Cli.Cases;
using PocEngine.Cli.Output;

namespace PocEngine.Cli.Commands;

// Calculates a case file in batches, whatever its format: cases are read in order, each batch is parsed, calculated
// and serialised on every core, and the results are written in input order. The calculator is thread-safe and each
// case is independent, so the output is byte for byte what a sequential run writes; memory is one batch at a time.
// Every case ends as one result or one error: a fault in poc itself is reported against its case, counted apart, and
// the run goes on.
internal static class CaseBatch
{
    private const int BatchSize = 4096;

    public static void Run(CaseSource source, Stream output, PocCalculator calculator, bool explain, Action<long, string> onError, Progress progress)
    {
        var counts = source.Counts;
        var items = new CaseItem[BatchSize];
        var outcomes = new Outcome[BatchSize];
        var more = true;
        while (more)
        {
            var count = 0;
            while (count < BatchSize && (more = source.TryRead(out items[count])))
            {
                count++;
            }

            Parallel.For(0, count, () => new Worker(), (i, _, worker) =>
            {
                outcomes[i] = worker.Process(items[i], calculator, explain);
                return worker;
            }, worker => worker.Dispose());

            for (var i = 0; i < count; i++)
            {
                var outcome = outcomes[i];
                if (outcome.Error is not null)
                {
                    counts.Errors++;
                    counts.Faults += outcome.Fault ? 1 : 0;
                    onError(outcome.Line == 0 ? items[i].Line : outcome.Line, outcome.Error);
                }
                else
                {
                    output.Write(outcome.Json);
                    counts.Results++;
                }

                outcomes[i] = default;
                items[i] = default;
            }

            progress.Report(counts.Results);
        }
    }

    // Line: where the error is (a CSV case's error may be on a later row than the one it starts on).
    private readonly record struct Outcome(byte[]? Json, string? Error, bool Fault, long Line = 0);

    private sealed class Worker : IDisposable
    {
        private readonly ArrayBufferWriter<byte> buffer = new(1024);
        private readonly Utf8JsonWriter json;

        public Worker() => json = new Utf8JsonWriter(buffer);

        public Outcome Process(CaseItem item, PocCalculator calculator, bool explain)
        {
            try
            {
                var record = item.Read();
                if (record.Case is not { } defendantCase)
                {
                    return new Outcome(null, record.Error, false, record.Line);
                }

                var result = explain ? calculator.Explain(defendantCase) : calculator.Calculate(defendantCase);
                buffer.ResetWrittenCount();
                json.Reset();
                ResultJson.Write(json, defendantCase.Id, result);
                json.Flush();
                buffer.GetSpan(1)[0] = (byte)'\n';
                buffer.Advance(1);
                return new Outcome(buffer.WrittenSpan.ToArray(), null, false);
            }
            catch (RuleSetVersionNotFoundException ex)
            {
                return new Outcome(null, ex.Message, false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return new Outcome(null, InternalFault.Describe(ex, "this case"), true);
            }
        }

        public void Dispose() => json.Dispose();
    }
}
