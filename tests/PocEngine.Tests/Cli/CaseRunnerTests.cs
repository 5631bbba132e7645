using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PocEngine.Cli.Cases;
using PocEngine.Cli.Commands;
using PocEngine.Cli.Output;
using PocEngine.Cli.Reports;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Cli;

// One case runner under calculate, audit, diff --cases and explain: a fault on one case, from the calculator or from
// the command's own step, is reported against that case's line and counted as a fault, the other cases go on, and the
// totals reconcile every line.
public sealed class CaseRunnerTests
{
    private static readonly PocCalculator Calculator = new(DefaultRules.RuleSet);

    // Line 2 throws in the calculator; line 4 gets a result without its explanation, which the reports' own steps
    // (the audit's cause, the explanation) cannot use; line 5 is finalised before the first version.
    private static readonly string[] Lines =
    [
        Line("a", "2024-05-01", "robbery"),
        Line("faulty", "2024-05-01", "robbery"),
        "not json",
        Line("unexplained", "2024-05-01", "burglary"),
        Line("old", "1999-12-31", "robbery"),
        Line("b", "2024-05-01", "burglary"),
    ];

    [Fact]
    public void Calculate_FaultFromTheCalculator_IsThatCaseOnlyAndTheCountsReconcile()
    {
        var (source, errors) = Source();
        using var output = new MemoryStream();

        CaseBatch.Run(source, output, new FaultyCalculator(), explain: false, (line, message) => errors.Add((line, message)), new Progress(TextWriter.Null), TestContext.Current.CancellationToken);

        Assert.Equal(["a", "unexplained", "b"], Ids(output));
        AssertReported(source.Counts, errors, faults: [2], otherErrors: [3, 5]);
    }

    [Fact]
    public void Audit_FaultFromTheCalculatorOrItsOwnStep_IsThatCaseOnlyAndTheCountsReconcile()
    {
        var (source, errors) = Source();

        var audit = Audit.Run(source, new FaultyCalculator(), DefaultRules.RuleSet.Latest, (line, message) => errors.Add((line, message)), TestContext.Current.CancellationToken);

        AssertReported(source.Counts, errors, faults: [2, 4], otherErrors: [3, 5]);
        Assert.Equal((2L, 1L, 4L), (audit.Cases, audit.Mismatches, audit.Unreadable));
        Assert.Equal("b", Assert.Single(audit.MismatchList).Id);
    }

    [Fact]
    public void Diff_FaultFromEitherCalculator_IsThatCaseOnlyAndTheCountsReconcile()
    {
        var (source, errors) = Source();

        var impact = Impact.Measure(source, Calculator, new FaultyCalculator(), (line, message) => errors.Add((line, message)), TestContext.Current.CancellationToken);

        AssertReported(source.Counts, errors, faults: [2], otherErrors: [3, 5]);
        Assert.Equal((3L, 3L), (impact.Cases, impact.Errors));
    }

    [Fact]
    public void Explain_ErrorsBeforeTheCaseWanted_AreReportedAndItIsExplained()
    {
        var (source, errors) = Source();

        var found = ExplainCommand.Find(source, "b", new FaultyCalculator(), (line, message) => errors.Add((line, message)), TestContext.Current.CancellationToken);

        Assert.Equal("b", found?.Case.Id);
        AssertReported(source.Counts, errors, faults: [], otherErrors: [3]);
    }

    [Fact]
    public void Explain_FaultOnTheCaseWanted_IsReportedAgainstItsLine()
    {
        var (source, errors) = Source();

        var found = ExplainCommand.Find(source, "faulty", new FaultyCalculator(), (line, message) => errors.Add((line, message)), TestContext.Current.CancellationToken);

        Assert.Null(found);
        Assert.Contains(errors, e => e.Line == 2 && e.Message.StartsWith("poc could not process this case because of a fault in poc itself (InvalidOperationException: forced", StringComparison.Ordinal));
        Assert.Equal(1, source.Counts.Faults);
    }

    [Fact]
    public void Explain_CaseBeforeTheFirstVersion_ExitsOneNamingIt()
    {
        var run = PocProcess.InProcess("explain", "--case", Line("old", "1999-12-31", "robbery"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("--case: No version of rule set 'cps' is in force on 1999-12-31", run.Error, StringComparison.Ordinal);
    }

    // diff pins each side to its version, so a case's date never fails it; a line that is not a case does.
    [Fact]
    public void Diff_UnreadableCase_IsReportedExitsOneAndTheTotalsReconcile()
    {
        var input = Path.Combine(Path.GetTempPath(), $"poc-runner-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(input, ["not json", Line("a", "2024-05-01", "robbery")]);
        try
        {
            var run = PocProcess.InProcess("diff", "--from", "2026.1", "--to", "2026.1", "--cases", input);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains(":1: error: The line is not valid JSON", run.Error, StringComparison.Ordinal);
            Assert.Contains("2 line(s): 1 result(s), 1 error(s), 0 blank.", run.Error, StringComparison.Ordinal);
            Assert.Contains("1 case(s) calculated (1 unreadable)", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(input);
        }
    }

    // The output failing part way (a full disk) ends the run with that error, not a hang or another exception, after
    // the batches before it were written whole and with none written after it.
    [Fact]
    public void Calculate_OutputFailsPartWay_ThrowsItsErrorAndWritesNothingAfter()
    {
        var source = ManyCases(5 * CaseRunner.BatchSize);
        using var output = new FailingStream(failOnWrite: 3);

        var thrown = Assert.Throws<IOException>(() => CaseBatch.Run(source, output, Calculator, explain: false, (_, _) => { }, new Progress(TextWriter.Null), TestContext.Current.CancellationToken));

        Assert.Equal("No space left on the test's device.", thrown.Message);
        Assert.Equal(3, output.Writes);
        var written = Encoding.UTF8.GetString(output.Written).Split('\n');
        Assert.Equal("", written[^1]);
        Assert.InRange(source.Counts.Results, 1, (5 * CaseRunner.BatchSize) - 1);
        Assert.Equal(Enumerable.Range(0, (int)source.Counts.Results).Select(i => $"c{i}"), written[..^1].Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
    }

    // An interruption part way ends the run with OperationCanceledException once the batch in hand is committed.
    [Fact]
    public void Calculate_InterruptedPartWay_StopsWithCancellation()
    {
        // More batches than are ever in flight at once, so that the run is interrupted before it has read them all.
        var lines = (Environment.ProcessorCount + 4) * CaseRunner.BatchSize;
        var source = ManyCases(lines);
        using var interruption = new System.Threading.CancellationTokenSource();
        using var output = new FailingStream(failOnWrite: int.MaxValue, onWrite: interruption.Cancel);

        Assert.ThrowsAny<OperationCanceledException>(() => CaseBatch.Run(source, output, Calculator, explain: false, (_, _) => { }, new Progress(TextWriter.Null), interruption.Token));

        Assert.InRange(output.Writes, 1, 3);
        Assert.True(source.Counts.Lines < lines, $"All {lines} lines were read though the run was interrupted.");
    }

    private static void AssertReported(CaseCounts counts, List<(long Line, string Message)> errors, long[] faults, long[] otherErrors)
    {
        Assert.Equal(counts.Lines, counts.Results + counts.Errors + counts.Blank);
        Assert.Equal(faults.Length + otherErrors.Length, counts.Errors);
        Assert.Equal(faults.Length, counts.Faults);
        Assert.Equal([.. faults, .. otherErrors], errors.Where(e => e.Message.StartsWith("poc could not process this case", StringComparison.Ordinal)).Select(e => e.Line).Concat(errors.Where(e => !e.Message.StartsWith("poc could not", StringComparison.Ordinal)).Select(e => e.Line)));
    }

    private static (CaseSource Source, List<(long Line, string Message)> Errors) Source() =>
        (CaseSource.Open(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', Lines) + "\n")), csv: false, (_, _) => { }), []);

    private static string[] Ids(MemoryStream output) =>
        [.. Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!)];

    private static string Line(string id, string date, string recorded) =>
        $$"""{"id":"{{id}}","finalisedOn":"{{date}}","finalisation":"conviction","recordedCategory":"{{recorded}}","charges":[{"code":"TH68023"}]}""";

    private static CaseSource ManyCases(int count) =>
        CaseSource.Open(new MemoryStream(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, count).Select(i => Line($"c{i}", "2024-05-01", "robbery") + "\n")))), csv: false, (_, _) => { });

    // A write-only stream whose write number failOnWrite fails as a full disk does; it keeps what was written before.
    private sealed class FailingStream(int failOnWrite, Action? onWrite = null) : Stream
    {
        private readonly MemoryStream kept = new();

        public int Writes { get; private set; }

        public byte[] Written => kept.ToArray();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => kept.Length;

        public override long Position { get => kept.Position; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (++Writes == failOnWrite)
            {
                throw new IOException("No space left on the test's device.");
            }

            kept.Write(buffer);
            onWrite?.Invoke();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            kept.Dispose();
            base.Dispose(disposing);
        }
    }

    // The default calculator, except that it throws for the case 'faulty', and explains the case 'unexplained' without
    // its explanation.
    private sealed class FaultyCalculator : IPocCalculator
    {
        public PrincipalOffenceResult Calculate(DefendantCase defendantCase) => Check(defendantCase) ? Calculator.Calculate(defendantCase) : throw new InvalidOperationException("forced");

        public PrincipalOffenceResult Explain(DefendantCase defendantCase) =>
            !Check(defendantCase) ? throw new InvalidOperationException("forced")
            : defendantCase.Id == "unexplained" ? Calculator.Calculate(defendantCase)
            : Calculator.Explain(defendantCase);

        public ResolvedCharge Resolve(Charge charge) => Calculator.Resolve(charge);

        public PrincipalOffenceResult Calculate(DateOnly finalisedOn, FinalisationKind finalisation, ReadOnlySpan<ResolvedCharge> charges) => Calculator.Calculate(finalisedOn, finalisation, charges);

        public PocDecision Decide(DateOnly finalisedOn, FinalisationKind finalisation, ReadOnlySpan<ResolvedCharge> charges) => Calculator.Decide(finalisedOn, finalisation, charges);

        public PrincipalOffenceResult Calculate(DateTime finalisedOn, FinalisationKind finalisation, ReadOnlySpan<ResolvedCharge> charges) => Calculator.Calculate(finalisedOn, finalisation, charges);

        public PocDecision Decide(DateTime finalisedOn, FinalisationKind finalisation, ReadOnlySpan<ResolvedCharge> charges) => Calculator.Decide(finalisedOn, finalisation, charges);

        private static bool Check(DefendantCase defendantCase) => defendantCase.Id != "faulty";
    }
}
