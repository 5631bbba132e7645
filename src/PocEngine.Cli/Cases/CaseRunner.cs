using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Channels;
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

// The one way every command works through a case file (calculate, audit, diff --cases, explain): a bounded pipeline
// of three stages. The calling thread reads cases in order into a batch (copying each JSON line into the batch's own
// buffer, as the source only lends it) and writes the batch to a channel; one worker a core takes batches from the
// channel, parses each case and hands each readable one to the command's work; and the calling thread, between reads,
// commits finished batches in input order while later ones are still being worked on. Each case is independent and
// the calculator is thread-safe, so what is committed is what a one-at-a-time run gives. The pipeline is bounded by
// its batches: there are at most a core's count plus one, their buffers are reused, and a batch is read into only once
// it has been committed, so memory stays flat whatever the file's length.
//
// Every case ends as one result or one error, counted in the source's CaseCounts and reported against its line: a
// case that cannot be read, a case the rules refuse (no version in force on its date), and a fault in poc itself while
// working on it (any other exception, from the calculator or the command's report step), which is also counted as a
// fault. The run goes on after each.
internal static class CaseRunner
{
    internal const int BatchSize = 2048;

    // reportFields: whether cases carry 'area' and 'recordedCategory' (read only for the reports that use them).
    public static void Run(CaseSource source, Func<ICaseWork> newWork, bool reportFields, Action<long, string> onError, Progress? progress = null, CancellationToken cancel = default)
    {
        var workers = Environment.ProcessorCount;
        var limit = workers + 1;
        var all = new List<Batch>(limit);

        // Never full: no more batches exist than it holds, so the reading thread never waits to write.
        var work = Channel.CreateBounded<Batch>(new BoundedChannelOptions(limit) { SingleWriter = true, SingleReader = workers == 1 });
        using var abandon = new CancellationTokenSource();
        var working = new Task[workers];
        for (var i = 0; i < workers; i++)
        {
            working[i] = Task.Run(() => Work(work.Reader, abandon.Token), CancellationToken.None);
        }

        try
        {
            Pipeline(source, newWork, reportFields, onError, progress, work.Writer, all, limit, cancel);
        }
        catch
        {
            // On a failure (the output cannot be written, the input cannot be read, or the run is interrupted), the
            // batches still in the channel are left unparsed.
            abandon.Cancel();
            throw;
        }
        finally
        {
            // No batch is disposed while a worker still works on it.
            work.Writer.TryComplete();
            Task.WaitAll(working, CancellationToken.None);
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

    private static async Task Work(ChannelReader<Batch> work, CancellationToken abandon)
    {
        while (await work.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            while (work.TryRead(out var batch))
            {
                batch.Process(abandon);
            }
        }
    }

    private static void Pipeline(CaseSource source, Func<ICaseWork> newWork, bool reportFields, Action<long, string> onError, Progress? progress, ChannelWriter<Batch> work, List<Batch> all, int limit, CancellationToken cancel)
    {
        var counts = source.Counts;
        var inFlight = new Queue<Batch>(limit);
        var spare = new Stack<Batch>(limit);
        var more = true;
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
                batch.Start();
                if (!work.TryWrite(batch))
                {
                    throw new InvalidOperationException("The case runner's channel was full, though it holds every batch there is.");
                }

                inFlight.Enqueue(batch);
            }
            else
            {
                spare.Push(batch);
            }

            while (inFlight.Count > 0 && (inFlight.Count >= limit || !more))
            {
                var done = inFlight.Dequeue();
                done.Finish();
                more &= done.Commit(counts, onError);
                spare.Push(done);
                progress?.Report(counts.Results);
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
        private readonly ManualResetEventSlim processed = new();
        private Exception? failure;
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

        // Before the batch is handed to a worker.
        public void Start()
        {
            processed.Reset();
            failure = null;
        }

        // On a worker: parses and works on every case, then signals; what escapes a case (running out of memory) is
        // kept for Finish to throw on the committing thread.
        public void Process(CancellationToken abandon)
        {
            try
            {
                if (!abandon.IsCancellationRequested)
                {
                    ProcessCases();
                }
            }
            catch (Exception ex)
            {
                failure = ex;
            }
            finally
            {
                processed.Set();
            }
        }

        // Waits until a worker has processed the batch.
        public void Finish()
        {
            processed.Wait(CancellationToken.None);
            if (failure is { } ex)
            {
                ExceptionDispatchInfo.Throw(ex);
            }
        }

        private void ProcessCases()
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

        public void Dispose()
        {
            work.Dispose();
            processed.Dispose();
        }

        // Start and Length: the JSON line's bytes in the input buffer; Record: a case (or error) already read instead.
        private readonly record struct Entry(long Line, int Start, int Length, CaseRecord? Record);
    }
}
