using System;
using System.Buffers;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using PocEngine.Cli.Output;

namespace PocEngine.Cli.Cases;

// What a command does with the cases of one batch: Add on a pool thread for each readable case, then Commit on the
// calling thread, batch after batch in input order. Add is all or nothing for its case: it keeps the case's result, or
// throws having kept nothing of it, so that a fault leaves no half result behind.
internal interface ICaseWork : IDisposable
{
    void Add(CaseRecord record);

    // Hands on what the batch kept, in input order, and forgets it; false when the command wants no more cases.
    bool Commit();
}

// The one way every command works through a case file (calculate, audit, diff --cases, explain): a pipeline in which
// the calling thread reads cases in order into a batch (copying each JSON line into the batch's own buffer, as the
// source only lends it), a pool thread parses the batch and hands each readable case to the command's work, and
// finished batches are committed in input order while later ones are still being worked on. Each case is independent
// and the calculator is thread-safe, so what is committed is what a one-at-a-time run gives. At most a few batches are
// in flight and their buffers are reused, so memory stays flat whatever the file's length.
//
// Every case ends as one result or one error, counted in the source's CaseCounts and reported against its line: a
// case that cannot be read, a case the rules refuse (no version in force on its date), and a fault in poc itself while
// working on it (any other exception, from the calculator or the command's report step), which is also counted as a
// fault. The run goes on after each.
internal static class CaseRunner
{
    private const int BatchSize = 2048;

    // reportFields: whether cases carry 'area' and 'recordedCategory' (read only for the reports that use them).
    public static void Run(CaseSource source, Func<ICaseWork> newWork, bool reportFields, Action<long, string> onError, Progress? progress = null, CancellationToken cancel = default)
    {
        var all = new List<Batch>();
        try
        {
            Pipeline(source, newWork, reportFields, onError, progress, all, cancel);
        }
        finally
        {
            foreach (var batch in all)
            {
                batch.Dispose();
            }
        }
    }

    // What an exception while working on one case means: a case the rules refuse is the case's error; anything else is
    // a fault in poc itself, said in one sentence.
    public static (string Message, bool Fault) Failure(Exception exception) =>
        exception is RuleSetVersionNotFoundException ? (exception.Message, false) : (InternalFault.Describe(exception, "this case"), true);

    private static void Pipeline(CaseSource source, Func<ICaseWork> newWork, bool reportFields, Action<long, string> onError, Progress? progress, List<Batch> all, CancellationToken cancel)
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
                cancel.ThrowIfCancellationRequested();
                if (spare.Count == 0)
                {
                    all.Add(new Batch(newWork(), reportFields));
                    spare.Push(all[^1]);
                }

                var batch = spare.Pop();
                more = batch.Fill(source);
                if (batch.Count > 0)
                {
                    inFlight.Enqueue((batch, Task.Run(batch.Process, CancellationToken.None)));
                }
                else
                {
                    spare.Push(batch);
                }

                while (inFlight.Count > 0 && (inFlight.Count >= limit || !more))
                {
                    var (done, work) = inFlight.Dequeue();
                    work.GetAwaiter().GetResult();
                    more &= done.Commit(counts, onError);
                    spare.Push(done);
                    progress?.Report(counts.Results);
                }
            }
        }
        finally
        {
            // On a failure (the output cannot be written, or the run is interrupted), no batch is disposed while a
            // thread still works on it.
            foreach (var (_, work) in inFlight)
            {
                ((IAsyncResult)work).AsyncWaitHandle.WaitOne();
            }
        }
    }

    // A batch of cases: their input (JSON lines copied into one buffer, or cases a CSV source already read), the
    // command's work on them, and their errors in order.
    private sealed class Batch(ICaseWork work, bool reportFields) : IDisposable
    {
        private readonly ArrayBufferWriter<byte> input = new(1 << 16);
        private readonly List<(long Line, string Message, bool Fault)> errors = [];
        private readonly List<Entry> entries = new(BatchSize);
        private int results;

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

        public void Process()
        {
            errors.Clear();
            results = 0;
            var bytes = input.WrittenMemory;
            foreach (var entry in entries)
            {
                try
                {
                    var record = CaseItem.Read(entry.Line, bytes.Span.Slice(entry.Start, entry.Length), entry.Record, reportFields);
                    if (record.Case is null)
                    {
                        errors.Add((record.Line, record.Error!, false));
                        continue;
                    }

                    work.Add(record);
                    results++;
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    var (message, fault) = Failure(ex);
                    errors.Add((entry.Line, message, fault));
                }
            }
        }

        public bool Commit(CaseCounts counts, Action<long, string> onError)
        {
            var more = work.Commit();
            counts.Results += results;
            foreach (var (line, message, fault) in errors)
            {
                counts.Errors++;
                counts.Faults += fault ? 1 : 0;
                onError(line, message);
            }

            return more;
        }

        public void Dispose() => work.Dispose();

        // Start and Length: the JSON line's bytes in the input buffer; Record: a case (or error) already read instead.
        private readonly record struct Entry(long Line, int Start, int Length, CaseRecord? Record);
    }
}
