using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using PocEngine.Cli.Cases;
using PocEngine.Cli.Output;

namespace PocEngine.Cli.Commands;

// 'poc calculate' over a case file: the case runner with, for each batch, its results written as JSON Lines into the
// batch's own reused buffer on the pool thread, and copied to the output in input order. Byte for byte what a
// one-at-a-time run writes.
internal static class CaseBatch
{
    public static void Run(CaseSource source, Stream output, IPocCalculator calculator, bool explain, Action<long, string> onError, Progress progress, CancellationToken cancel = default) =>
        CaseRunner.Run(source, () => new ResultLines(output, calculator, explain), reportFields: false, onError, progress, cancel);

    // One batch's results as JSON Lines. The names and repeating values are escaped once per batch (ResultJson).
    private sealed class ResultLines : ICaseWork
    {
        private readonly Stream output;
        private readonly IPocCalculator calculator;
        private readonly bool explain;
        private readonly ByteBuffer results = new(1 << 16);
        private readonly Utf8JsonWriter json;
        private readonly ResultJson writer = new();

        public ResultLines(Stream output, IPocCalculator calculator, bool explain)
        {
            this.output = output;
            this.calculator = calculator;
            this.explain = explain;
            json = new Utf8JsonWriter(results, new JsonWriterOptions { Encoder = JsonReport.Encoder });
        }

        public void Add(CaseRecord record)
        {
            var defendantCase = record.Case!;
            var start = results.WrittenCount;
            try
            {
                var result = explain ? calculator.Explain(defendantCase) : calculator.Calculate(defendantCase);
                json.Reset();
                writer.Write(json, defendantCase.Id, result);
                json.Flush();
                results.GetSpan(1)[0] = (byte)'\n';
                results.Advance(1);
            }
            catch
            {
                results.Truncate(start);
                throw;
            }
        }

        public bool Commit()
        {
            output.Write(results.WrittenSpan);
            results.Truncate(0);
            return true;
        }

        public void Dispose() => json.Dispose();
    }
}
