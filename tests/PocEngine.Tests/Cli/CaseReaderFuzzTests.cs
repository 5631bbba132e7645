using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PocEngine.Cli.Cases;
using PocEngine.Cli.Commands;
using PocEngine.Cli.Output;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Cli;

// Mutated and hostile case files through the tool's own reading and batch code: every line (JSON Lines) or row (CSV)
// ends as one result, one located error or one count, never an exception, and the totals reconcile. CI runs the
// default count; for a long run:
//   POC_FUZZ_ITERATIONS=1000000 dotnet test -- --filter-class "*CaseReaderFuzzTests"
public sealed class CaseReaderFuzzTests
{
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("POC_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 2_000;

    private static readonly string[] SampleLines = File.ReadLines(Path.Combine(Repository.Root, "samples", "cases", "cases.jsonl")).Take(200).ToArray();

    private static readonly byte[][] Fragments =
    [
        [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x00], "\r"u8.ToArray(), "\uFEFF"u8.ToArray(),
        "\""u8.ToArray(), "\\"u8.ToArray(), "\\u0000"u8.ToArray(), "\\ud800"u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(),
        ","u8.ToArray(), ":"u8.ToArray(), "null"u8.ToArray(), "1e999999"u8.ToArray(), "99999999999999999999999"u8.ToArray(), "-0"u8.ToArray(),
        Encoding.ASCII.GetBytes(new string('[', 5_000)), Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 200))),
        "\"seq\":2147483648"u8.ToArray(), "\"finalisedOn\":\"0000-00-00\""u8.ToArray(), "\"charges\":{}"u8.ToArray(), "\"code\":\"   \""u8.ToArray(),
        "\"homeOfficeClass\":\"1/2\""u8.ToArray(), "\"modeOfTrial\":\"XX\""u8.ToArray(), "\"removedBeforeFinalisation\":\"yes\""u8.ToArray(),
        "\"id\":\"x\",\"id\":\"y\""u8.ToArray(), "\"finalisation\":\"administrative\""u8.ToArray(),
    ];

    private static readonly PocCalculator Calculator = new(DefaultRules.RuleSet);

    [Fact]
    public void Calculate_MutatedJsonLines_EveryLineIsOneResultErrorOrBlank()
    {
        var random = new Random(20261204);
        long results = 0, errors = 0;
        for (var i = 0; i < Iterations; i++)
        {
            var file = JsonFile(random, huge: i % 500 == 499);
            var (counts, output, lines) = Run(file, csv: false);

            var physical = LineEnds(file) + (file.Length > 0 && file[^1] is not ((byte)'\n' or (byte)'\r') ? 1 : 0);
            Assert.True(counts.Lines == physical, $"Iteration {i}: {counts.Lines} line(s) counted of {physical}.");
            Assert.Equal(counts.Lines, counts.Results + counts.Errors + counts.Blank);
            AssertReported(i, counts, output, lines, physical);
            results += counts.Results;
            errors += counts.Errors;
        }

        // The mutations must give both outcomes, or the harness tests nothing.
        Assert.True(results > Iterations && errors > Iterations, $"{results} results, {errors} errors");
    }

    [Fact]
    public void Calculate_MutatedCsv_EveryRowIsOneResultErrorOrCount()
    {
        var random = new Random(20261205);
        long results = 0, errors = 0;
        for (var i = 0; i < Iterations; i++)
        {
            var file = CsvFile(random, huge: i % 500 == 499);
            var (counts, output, lines) = Run(file, csv: true);

            Assert.Equal(counts.Lines, counts.Results + counts.Errors + counts.Blank + counts.Header + counts.Continuation + counts.Unread);
            // A quoted field may span lines, so a CSV row's line can be past the row count, never past the last line.
            var physical = LineEnds(file) + 1;
            Assert.True(counts.Lines <= physical, $"Iteration {i}: more rows than lines.");
            AssertReported(i, counts, output, lines, physical);
            results += counts.Results;
            errors += counts.Errors;
        }

        Assert.True(results > Iterations && errors > Iterations / 2, $"{results} results, {errors} errors");
    }

    [Fact]
    public void Calculate_LineLongerThanTheLimit_IsOneErrorAndTheNextLineIsRead()
    {
        var file = Encoding.UTF8.GetBytes("{\"id\":\"" + new string('x', CaseSource.MaxLineBytes + 10) + "\"}\n" + SampleLines[0] + "\n");

        var (counts, output, errors) = Run(file, csv: false);

        Assert.Equal((2L, 1L, 1L), (counts.Lines, counts.Results, counts.Errors));
        Assert.Equal((1L, CaseLine.TooLong(CaseSource.MaxLineBytes)), Assert.Single(errors));
        Assert.Single(output);
    }

    [Fact]
    public void Calculate_FaultOnOneCase_IsReportedAgainstItAndTheOthersAreCalculated()
    {
        var source = new ItemsSource([new CaseItem(1, Encoding.UTF8.GetBytes(SampleLines[0]), null), default, new CaseItem(3, Encoding.UTF8.GetBytes(SampleLines[1]), null)]);
        var errors = new List<(long Line, string Message)>();
        using var output = new MemoryStream();

        CaseBatch.Run(source, output, Calculator, explain: false, (line, message) => errors.Add((line, message)), new Progress(TextWriter.Null), TestContext.Current.CancellationToken);

        Assert.Equal((2L, 1L, 1L), (source.Counts.Results, source.Counts.Errors, source.Counts.Faults));
        var (line, message) = Assert.Single(errors);
        Assert.Equal(0, line);
        Assert.StartsWith("poc could not process this case because of a fault in poc itself (InvalidOperationException: A case item holds neither a line to parse nor a case)", message, StringComparison.Ordinal);
        Assert.Equal(2, Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    // The batch is a pipeline (several batches in flight on the thread pool, written in input order); a plain loop
    // over the same lines, one at a time, is the oracle: the same bytes out and the same errors in the same order,
    // over enough lines for several batches, with malformed lines (among them fields that are read only to be checked,
    // such as a non-string 'area') spread through them.
    [Fact]
    public void Calculate_ManyBatchesWithErrors_WritesWhatAOneAtATimeRunWrites()
    {
        string[] broken = ["not json", """{"id":"X","area":5,"finalisedOn":"2024-05-01","finalisation":"conviction","charges":[]}""", """{"id":"Y","finalisedOn":"2024-05-01","finalisation":"conviction","charges":[{"seq":1}]}"""];
        var lines = Enumerable.Range(0, 9_000).Select(i => i % 97 == 5 ? broken[i % broken.Length] : SampleLines[i % SampleLines.Length]).ToArray();
        var file = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");

        var (counts, _, errors) = Run(file, csv: false);
        using var actual = new MemoryStream();
        CaseBatch.Run(CaseSource.Open(new MemoryStream(file), false, (_, _) => { }), actual, Calculator, explain: false, (_, _) => { }, new Progress(TextWriter.Null), TestContext.Current.CancellationToken);

        using var expected = new MemoryStream();
        var expectedErrors = new List<(long Line, string Message)>();
        var writer = new ResultJson();
        using (var json = new System.Text.Json.Utf8JsonWriter(expected))
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var record = CaseLine.Read(i + 1, Encoding.UTF8.GetBytes(lines[i]));
                if (record.Case is null)
                {
                    expectedErrors.Add((i + 1, record.Error!));
                    continue;
                }

                json.Reset();
                writer.Write(json, record.Case.Id, Calculator.Calculate(record.Case));
                json.Flush();
                expected.WriteByte((byte)'\n');
            }
        }

        Assert.Equal(expected.ToArray(), actual.ToArray());
        Assert.Equal(expectedErrors, errors);
        Assert.Equal(3, expectedErrors.Select(e => e.Message).Distinct().Count());
        Assert.Equal((lines.Length - expectedErrors.Count, (long)expectedErrors.Count), (counts.Results, counts.Errors));
    }

    // LF, CR LF and a CR alone each end a line.
    private static int LineEnds(byte[] file) =>
        file.Where((b, i) => b == (byte)'\n' || (b == (byte)'\r' && (i + 1 == file.Length || file[i + 1] != (byte)'\n'))).Count();

    private static void AssertReported(int iteration, CaseCounts counts, string[] output, List<(long Line, string Message)> errors, long lastLine)
    {
        Assert.True(output.Length == counts.Results, $"Iteration {iteration}: {output.Length} output lines for {counts.Results} results.");
        Assert.Equal(counts.Errors, errors.Count);
        Assert.True(counts.Faults == 0, $"Iteration {iteration}: " + string.Join(" | ", errors.Select(e => e.Message)));
        Assert.All(errors, e => Assert.True(e.Line >= 1 && e.Line <= lastLine && char.IsUpper(e.Message[0]), $"Iteration {iteration}: line {e.Line}: {e.Message}"));
        Assert.All(output, line => Assert.StartsWith("{\"id\":", line, StringComparison.Ordinal));
    }

    private static (CaseCounts Counts, string[] Output, List<(long Line, string Message)> Errors) Run(byte[] file, bool csv)
    {
        var errors = new List<(long, string)>();
        var warnings = new List<string>();
        var source = CaseSource.Open(new MemoryStream(file), csv, (_, message) => warnings.Add(message));
        using var output = new MemoryStream();
        CaseBatch.Run(source, output, Calculator, explain: false, (line, message) => errors.Add((line, message)), new Progress(TextWriter.Null), TestContext.Current.CancellationToken);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (source.Counts, lines, errors);
    }

    private static byte[] JsonFile(Random random, bool huge)
    {
        var file = new List<byte>();
        var count = random.Next(0, 12);
        for (var i = 0; i < count; i++)
        {
            var line = Encoding.UTF8.GetBytes(SampleLines[random.Next(SampleLines.Length)]).ToList();
            Mutate(line, random, random.Next(0, 3));
            file.AddRange(line);
            file.AddRange(random.Next(20) == 0 ? "\r\n"u8.ToArray() : random.Next(30) == 0 ? "\n\n"u8.ToArray() : "\n"u8.ToArray());
        }

        if (huge)
        {
            file.AddRange(Encoding.UTF8.GetBytes("{\"id\":\"" + new string('z', 10_000_000) + "\",\"finalisedOn\":\"2024-05-01\",\"finalisation\":\"conviction\",\"charges\":[]}\n"));
        }

        if (random.Next(4) == 0 && file.Count > 0)
        {
            file.RemoveAt(file.Count - 1);
        }

        return [.. file];
    }

    private static byte[] CsvFile(Random random, bool huge)
    {
        var text = new StringBuilder(random.Next(10) == 0 ? "id,code,finalisedOn\n" : CsvCaseSource.Header + "\n");
        var count = random.Next(0, 12);
        for (var i = 0; i < count; i++)
        {
            var id = "C" + random.Next(4).ToString(CultureInfo.InvariantCulture);
            var code = random.Next(3) == 0 ? "\"TH68,023\"" : "TH68023";
            text.Append(CultureInfo.InvariantCulture, $"{id},2024-05-01,conviction,{i},{code},false,,,North,robbery\n");
        }

        if (huge)
        {
            text.Append(CultureInfo.InvariantCulture, $"H,2024-05-01,conviction,1,{new string('z', 10_000_000)},,,,,\n");
        }

        var file = Encoding.UTF8.GetBytes(text.ToString()).ToList();
        Mutate(file, random, random.Next(0, 4));
        return [.. file];
    }

    private static void Mutate(List<byte> bytes, Random random, int mutations)
    {
        for (var m = 0; m < mutations && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0:
                    bytes.InsertRange(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 12), bytes.Count - at));
                    break;
                case 2:
                    bytes[at] = (byte)random.Next(256);
                    break;
                default:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(SampleLines[random.Next(SampleLines.Length)][..random.Next(1, 40)]));
                    break;
            }
        }
    }

    private sealed class ItemsSource(CaseItem[] items) : CaseSource
    {
        private int next;

        public override bool IsCsv => false;

        public override bool TryRead(out CaseItem item)
        {
            var more = next < items.Length;
            item = more ? items[next++] : default;
            return more;
        }
    }
}
