using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Reliability;

// Mutated real rule files: the only outcomes allowed are a loaded rule set or diagnostics. No other exception, no
// hang. CI runs the default count; for a long run:
//   POC_FUZZ_ITERATIONS=1000000 dotnet test -- --filter-class "*LoaderFuzzTests"
public sealed class LoaderFuzzTests
{
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("POC_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 3_000;

    private static readonly string[] Fragments =
    [
        "&a [*a, *a, *a, *a]", "*a", "!!python/object:os.system", "!<tag:yaml.org,2002:str>", "{", "}", "[", "]", ": ", "- ",
        "\"", "'", "#", "\t", "\0", "\u0001", "\u2028", "\uFEFF", "\ud800", "---\n", "...\n", "%YAML 1.1\n", "? ", "|\n  x",
        ">-\n  y", new string('[', 200), new string('x', 10_000), "code: ", "mode: CE", "max: 99999999y", "precedence: -1",
        "effective-from: 2024-02-30", "ordering: [offence-code, offence-code]", "category: nope", "ho-class: \"999/*\"",
    ];

    [Fact]
    public async Task TryLoad_MutatedRuleFiles_GivesARuleSetOrDiagnosticsAndNothingElse()
    {
        var seed = 20261126;
        var random = new Random(seed);
        var originals = Yaml.Default().Files.Select(f => (Path: f.Key, Text: f.Value)).ToArray();
        var options = new RuleSetLoadOptions { MaxNestingDepth = 32, MaxScalarLength = 4_096 };
        var outcomes = new Dictionary<bool, int> { [true] = 0, [false] = 0 };
        for (var i = 0; i < Iterations; i++)
        {
            var victim = random.Next(originals.Length);
            var sources = originals.Select((o, index) => index == victim ? Source(o.Path, Mutate(o.Text, random), random) : RuleSource.FromText(o.Path, o.Text)).ToArray();
            var load = Task.Run(() => RuleSetLoader.Load(sources, options));
            if (await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)) != load)
            {
                Assert.Fail($"Iteration {i} (seed {seed}) did not finish in 10 s: a hang.");
            }

            var result = await load;
            outcomes[result.Success]++;
            Assert.True(result.Success || result.Errors.Any(), $"Iteration {i}: no rule set and no error.");
            Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
        }

        // The mutations must exercise both outcomes, or the harness tests nothing.
        Assert.True(outcomes[true] > 0 && outcomes[false] > Iterations / 2, $"loaded {outcomes[true]}, rejected {outcomes[false]}");
    }

    // A third of the mutated files arrive as bytes, some of them not valid UTF-8.
    private static RuleSource Source(string path, string text, Random random)
    {
        if (random.Next(3) != 0)
        {
            return RuleSource.FromText(path, text);
        }

        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        if (random.Next(2) == 0 && bytes.Count > 0)
        {
            bytes[random.Next(bytes.Count)] = (byte)random.Next(0x80, 0x100);
        }

        return RuleSource.FromStream(path, new MemoryStream([.. bytes]));
    }

    private static string Mutate(string text, Random random)
    {
        var result = text;
        for (var round = random.Next(1, 4); round > 0; round--)
        {
            var at = result.Length == 0 ? 0 : random.Next(result.Length);
            result = random.Next(7) switch
            {
                0 => result[..at],
                1 => result.Insert(at, Fragments[random.Next(Fragments.Length)]),
                2 => result.Remove(at, Math.Min(random.Next(1, 20), result.Length - at)),
                3 => result.Insert(at, ((char)random.Next(0, 0x3000)).ToString()),
                4 => string.Join('\n', result.Split('\n').OrderBy(_ => random.Next())),
                5 => result.Insert(at, string.Concat(Enumerable.Repeat("- ", random.Next(1, 60))) + "x\n"),
                _ => result.Replace(": ", random.Next(2) == 0 ? ":" : ": : ", StringComparison.Ordinal),
            };
        }

        return result;
    }
}
