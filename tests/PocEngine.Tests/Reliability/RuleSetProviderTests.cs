using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Reliability;

public sealed class RuleSetProviderTests : IDisposable
{
    // Variant B ranks by maximum penalty first and recategorises robbery: some cases change category between them.
    private const string OrderingB = "ordering: [maximum-penalty, mode-of-trial, category-precedence, offence-code]\nderive-inchoate-maximum: true\n";
    private const string OverridesB = "offence-overrides:\n  - {code: TH68023, reason: stress test, category: theft-and-handling}\n";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "poc-provider-" + Guid.NewGuid().ToString("N"));

    public RuleSetProviderTests()
    {
        foreach (var (path, text) in Yaml.Default().Files)
        {
            Write(path, text);
        }
    }

    [Fact]
    public void Reload_InvalidEdit_KeepsTheLastGoodRuleSetAndReportsEveryDiagnostic()
    {
        using var provider = new FileRuleSetProvider(folder, watch: false);
        var before = provider.Current;
        RuleSetReloadFailedEventArgs? failed = null;
        provider.ReloadFailed += (_, e) => failed = e;

        Write("ordering.yaml", "ordering: [mode-of-trial]\n");
        var result = provider.Reload();

        Assert.False(result.Success);
        Assert.Same(before, provider.Current);
        Assert.Same(before, failed!.Kept);
        Assert.Equal(DiagnosticCodes.OrderingNotTotal, Assert.Single(failed.Diagnostics, d => d.Severity == DiagnosticSeverity.Error).Code);
    }

    [Fact]
    public void Reload_ValidChange_SwapsInTheNewRuleSetOnce()
    {
        using var provider = new FileRuleSetProvider(folder, watch: false);
        var reloads = 0;
        provider.Reloaded += (_, _) => reloads++;

        Write("ordering.yaml", OrderingB);
        provider.Reload();
        provider.Reload();

        Assert.Equal(1, reloads);
        Assert.Equal([RankingKey.MaximumPenalty, RankingKey.ModeOfTrial, RankingKey.CategoryPrecedence, RankingKey.OffenceCode], provider.Current.Latest.Ordering);
    }

    [Fact]
    public async Task Watch_FileEdited_ReloadsByItself()
    {
        using var provider = new FileRuleSetProvider(folder, watch: true, quietPeriod: TimeSpan.FromMilliseconds(50));
        var reloaded = new TaskCompletionSource<RuleSetReloadedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.Reloaded += (_, e) => reloaded.TrySetResult(e);

        Write("offence-overrides.yaml", OverridesB);

        var done = await Task.WhenAny(reloaded.Task, Task.Delay(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        Assert.Same(reloaded.Task, done);
        Assert.True(provider.Current.Latest.TryGetOffence("TH68023", out var robbery));
        Assert.Equal("theft-and-handling", robbery.Category!.Id);
    }

    // On the watcher's thread an exception ends the process: a subscriber's fault must stay there, and the watching
    // go on. (Were it to escape, this test's process would end.)
    [Fact]
    public async Task Watch_SubscriberThrows_TheHostLivesAndTheNextChangeIsReloaded()
    {
        using var provider = new FileRuleSetProvider(folder, watch: true, quietPeriod: TimeSpan.FromMilliseconds(50));
        var reloads = 0;
        provider.Reloaded += (_, _) =>
        {
            Interlocked.Increment(ref reloads);
            throw new InvalidOperationException("A subscriber's fault.");
        };

        Write("ordering.yaml", OrderingB);
        await WaitUntil(() => Volatile.Read(ref reloads) == 1);
        Write("ordering.yaml", Yaml.Ordering);
        await WaitUntil(() => Volatile.Read(ref reloads) == 2);

        Assert.Equal([RankingKey.ModeOfTrial, RankingKey.MaximumPenalty, RankingKey.CategoryPrecedence, RankingKey.OffenceCode], provider.Current.Latest.Ordering);
        Assert.False(provider.Status.LatestLoadFailed);
    }

    [Fact]
    public void Reload_FailedThenFixed_StatusSaysWhichAndCounts()
    {
        using var provider = new FileRuleSetProvider(folder, watch: false);
        var good = provider.Current;

        Write("ordering.yaml", "ordering: [mode-of-trial]\n");
        provider.Reload();
        var failed = provider.Status;
        Write("ordering.yaml", OrderingB);
        provider.Reload();
        var fixedStatus = provider.Status;

        Assert.True(failed.LatestLoadFailed);
        Assert.Same(good, failed.InService);
        Assert.Equal(DiagnosticCodes.OrderingNotTotal, Assert.Single(failed.LatestLoadDiagnostics, d => d.Severity == DiagnosticSeverity.Error).Code);
        Assert.Equal((0L, 1L), (failed.ReloadCount, failed.FailedReloadCount));
        Assert.False(fixedStatus.LatestLoadFailed);
        Assert.Same(provider.Current, fixedStatus.InService);
        Assert.Equal((1L, 1L), (fixedStatus.ReloadCount, fixedStatus.FailedReloadCount));
    }

    // Several threads calculate while the rule set is swapped between two versions as fast as it reloads: every
    // result must come from exactly one complete rule set, so its category must be the one that rule set (named by
    // the result's hash) gives. For a longer soak, which prints its figures:
    //   dotnet build tests/PocEngine.Tests && POC_SOAK_SECONDS=600 tests/PocEngine.Tests/bin/Debug/net10.0/PocEngine.Tests -method "*Swapped*"
    [Fact]
    public void Calculate_WhileRuleSetIsSwapped_EveryResultMatchesExactlyOneRuleSet()
    {
        var seconds = double.TryParse(Environment.GetEnvironmentVariable("POC_SOAK_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 2;
        var cases = CaseCorpus();
        var expected = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        foreach (var variant in new[] { false, true })
        {
            var ruleSet = Variant(variant).Load();
            expected[ruleSet.Latest.Hash] = [.. cases.Select(c => new PocCalculator(ruleSet).Calculate(c).Category?.Id)];
        }

        Assert.True(expected.Values.First().Zip(expected.Values.Last()).Any(p => p.First != p.Second), "The two variants must disagree on some cases.");
        using var provider = new FileRuleSetProvider(folder, watch: false);
        var calculator = new PocCalculator(provider);
        var failures = new ConcurrentQueue<string>();
        var calls = 0L;
        var swaps = 0;
        // Dedicated threads and a clock deadline: busy loops on the thread pool would starve the pool that the
        // loader's parallel file reading and any timer need.
        var deadline = Stopwatch.StartNew();
        // Runs for the time asked and until ten swaps have happened (a loaded machine reloads slowly), but never past a
        // minute more: the assertions below then say what fell short.
        bool Running() => (deadline.Elapsed.TotalSeconds < seconds || Volatile.Read(ref swaps) < 10) && deadline.Elapsed.TotalSeconds < seconds + 60;
        var workers = Enumerable.Range(0, 4).Select(w => new Thread(() =>
        {
            var i = w;
            while (Running())
            {
                try
                {
                    var index = i++ % cases.Length;
                    var result = calculator.Calculate(cases[index]);
                    if (!expected.TryGetValue(result.RuleSetHash, out var categories) || categories[index] != result.Category?.Id)
                    {
                        failures.Enqueue($"case {index}: {result.Category?.Id} from {result.RuleSetHash[..8]}");
                    }

                    Interlocked.Increment(ref calls);
                }
                catch (Exception ex) when (failures.Count < 10)
                {
                    failures.Enqueue(ex.ToString());
                }
            }
        })).ToArray();

        var swapper = new Thread(() =>
        {
            var variant = false;
            while (Running())
            {
                variant = !variant;
                // One file carries the whole difference, so that a reload never sees half a change.
                Write("ordering.yaml", variant ? OrderingB + OverridesB : Yaml.Ordering);
                if (provider.Reload().Success)
                {
                    Interlocked.Increment(ref swaps);
                }
            }
        });

        foreach (var thread in workers.Append(swapper))
        {
            thread.Start();
        }

        foreach (var thread in workers.Append(swapper))
        {
            thread.Join();
        }

        Assert.Empty(failures);
        Assert.True(swaps >= 10, $"only {swaps} swaps");
        Assert.True(calls > 10_000, $"only {calls} calls");
        Console.Error.WriteLine($"{calls} calculations, {swaps} swaps in {seconds} s, no inconsistent result.");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 50)
        {
            Assert.True(waited < 20_000, "The change was not reloaded within 20 s.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    private static Yaml Variant(bool b) => b ? Yaml.Default().With("ordering.yaml", OrderingB + OverridesB) : Yaml.Default();

    private static DefendantCase[] CaseCorpus()
    {
        var codes = Yaml.Default().Load().Latest.Offences.Where(o => o.IsEligible).Select(o => o.Code).ToArray();
        var random = new Random(5);
        return [.. Enumerable.Range(0, 200).Select(_ => new DefendantCase(Cases.Date, FinalisationKind.Conviction, Enumerable.Range(0, random.Next(1, 5)).Select(_ => new Charge(codes[random.Next(codes.Length)]))))];
    }

    // Writes through a temporary file and a rename, as editors and deploy tools do, so a reload never reads half a file.
    private void Write(string path, string text)
    {
        var target = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, target, overwrite: true);
    }
}
