using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Running;

namespace PocEngine.Benchmarks;

internal static class Program
{
    public static int Main(string[] args)
    {
        switch (args)
        {
            // One load of the embedded default in this fresh process: run it repeatedly from a shell for cold figures.
            case ["--cold-load"]:
                var watch = Stopwatch.StartNew();
                var ruleSet = RuleSet.Default;
                watch.Stop();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold load: {watch.Elapsed.TotalMilliseconds:F0} ms, {ruleSet.Latest.Offences.Count} offences"));
                return 0;

            // The first calculation in this fresh process, as CMS pays it at start-up: from the process's start (the
            // runtime's own start included) to the first result. Run it repeatedly from a shell.
            case ["--first-calculation"]:
                var calculator = new PocCalculator(RuleSet.Default);
                var result = calculator.Calculate(new DefendantCase(new DateOnly(2024, 5, 1), FinalisationKind.Conviction, [new Charge("TH68023"), new Charge("OF61102")]));
                var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first calculation: {sinceStart.TotalMilliseconds:F0} ms after the process started ({result.Category!.Id})"));
                return 0;

            // The batch's input for the tool: the sample corpus repeated to COUNT lines (CaseFile), the same bytes every time.
            case ["--generate-cases", var count, var path]:
                if (!long.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var lines))
                {
                    Console.Error.WriteLine($"--generate-cases needs a count of lines as digits, not '{count}'.");
                    return 2;
                }

                CaseFile.WriteFile(path, lines);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{lines:N0} cases written to {path}"));
                return 0;

            // The managed memory the loaded default rule set keeps alive.
            case ["--retained"]:
                var before = GC.GetTotalMemory(forceFullCollection: true);
                var kept = RuleSetLoader.LoadDefault().GetValueOrThrow();
                var after = GC.GetTotalMemory(forceFullCollection: true);
                GC.KeepAlive(kept);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"retained by the loaded rule set: {(after - before) / (1024.0 * 1024):F1} MB"));
                return 0;

            default:
                // A benchmark that throws (a peer that disagrees, a broken setup) must fail the run, so that CI's dry
                // run catches it.
                var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
                return failed ? 1 : 0;
        }
    }
}
