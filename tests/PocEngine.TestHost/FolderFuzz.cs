using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using PocEngine;
using PocEngine.Rules;

namespace PocEngine.TestHost;

// poc-test-host --fuzz-folders BASE_FOLDER ITERATIONS SEED: builds rules folders from a valid one with arbitrary
// entries added (files of any size and bytes, links inside, outside, to folders, to devices, looping or to nothing,
// FIFOs, sockets' stand-ins, deep folders, dot-names) and loads each, under this process's heap limit. Every load
// must return a rule set or diagnostics within the load's budget; anything else is printed and exits 1.
internal static class FolderFuzz
{
    private static readonly RuleSetLoadOptions Budget = new()
    {
        MaxFileBytes = 256 * 1024,
        MaxTotalBytes = 1024 * 1024,
        MaxDiagnostics = 50,
        MaxFiles = 60,
        MaxTitlePatternTime = TimeSpan.FromMilliseconds(500),
    };

    public static int Run(string baseFolder, int iterations, int seed)
    {
        var random = new Random(seed);
        var loaded = 0;
        var refused = 0;
        var largest = 0L;
        for (var i = 0; i < iterations; i++)
        {
            var folder = Path.Combine(Path.GetTempPath(), $"poc-fuzz-{seed}-{i}");
            try
            {
                Copy(baseFolder, folder);
                for (var n = random.Next(1, 5); n > 0; n--)
                {
                    Add(folder, random);
                }

                var before = GC.GetTotalMemory(forceFullCollection: false);
                var result = RuleSetLoader.LoadDirectory(folder, Budget);
                largest = Math.Max(largest, GC.GetTotalMemory(forceFullCollection: false) - before);
                if (result.Diagnostics.Count > Budget.MaxDiagnostics + 1)
                {
                    return Fail(i, seed, $"{result.Diagnostics.Count} diagnostics, more than the budget of {Budget.MaxDiagnostics} and its closing one");
                }

                if (!result.Success && !result.Errors.Any())
                {
                    return Fail(i, seed, "no rule set and no error");
                }

                _ = result.Success ? loaded++ : refused++;
            }
#pragma warning disable CA1031 // Any exception out of a load is the failure this fuzzer looks for.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                return Fail(i, seed, ex.ToString());
            }
            finally
            {
                Remove(folder);
            }
        }

        Console.WriteLine($"{iterations} folders: {loaded} loaded, {refused} refused; largest heap growth in a load {largest / (1024 * 1024)} MB");
        return loaded > 0 && refused > iterations / 2 ? 0 : Fail(iterations, seed, $"the mutations exercised too little: {loaded} loaded, {refused} refused");
    }

    private static int Fail(int iteration, int seed, string what)
    {
        Console.WriteLine($"FAILED at folder {iteration} (seed {seed}): {what}");
        return 1;
    }

    private static void Add(string folder, Random random)
    {
        var name = Names[random.Next(Names.Length)];
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            return;
        }

        switch (random.Next(11))
        {
            case 0:
                File.WriteAllText(path, UnknownKeys(random.Next(1, 20_000)));
                break;
            case 1:
                File.WriteAllBytes(path, RandomBytes(random, random.Next(0, 300 * 1024)));
                break;
            case 2:
                File.CreateSymbolicLink(path, Path.Combine(folder, Names[random.Next(Names.Length)]));
                break;
            case 3:
                File.CreateSymbolicLink(path, random.Next(3) switch { 0 => "/dev/zero", 1 => "/etc/hostname", _ => "/nonexistent/x.yaml" });
                break;
            case 4:
                File.CreateSymbolicLink(path, path);
                break;
            case 5:
                Directory.CreateSymbolicLink(path, folder);
                break;
            case 6:
                if (MakeFifo(path) != 0)
                {
                    throw new IOException("mkfifo failed for " + path);
                }

                break;
            case 7:
                var deep = Path.Combine(folder, string.Join('/', Enumerable.Repeat("d", random.Next(10, 25))), "deep.yaml");
                Directory.CreateDirectory(Path.GetDirectoryName(deep)!);
                File.WriteAllText(deep, "categories: []\n");
                break;
            case 8:
                // Exactly at, and just past, the file limit.
                File.WriteAllText(path, "# " + new string('x', (int)Budget.MaxFileBytes - 3 + random.Next(0, 2)) + "\n");
                break;
            case 9:
                for (var f = random.Next(5, 80); f > 0; f--)
                {
                    File.WriteAllText(Path.Combine(folder, $"many-{f}.yaml"), "# nothing\n");
                }

                break;
            default:
                File.WriteAllText(path, "category-rules:\n  - id: slow\n    reason: r\n    when: {title: \"(.?){12}#\"}\n    category: robbery\n");
                break;
        }
    }

    private static readonly string[] Names =
    [
        "x.yaml", "extra.yml", "offences/zz.yaml", "versions/9.yaml", ".hidden.yaml", "sub/dir/r.yaml", "link", "notes.txt",
        "tests/t.yaml", "offences", "ruleset.yaml.bak", "category-rules.yaml.yaml",
    ];

    private static string UnknownKeys(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append("key-").Append(i).Append(": value\n");
        }

        return text.ToString();
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    // Links (to folders too) are removed as links, never followed into what they point at.
    private static void Remove(string folder)
    {
        if (Directory.Exists(folder))
        {
            using var rm = Process.Start("rm", ["-rf", folder]);
            rm.WaitForExit();
        }
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo(byte[] path, uint mode);

    private static int MakeFifo(string path) => MakeFifo(Encoding.UTF8.GetBytes(path + "\0"), 0x1b6);
}
