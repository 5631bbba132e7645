using System;
using System.IO;

namespace PocEngine.Tests.Support;

// The embedded default rule set, as the tests use it. Normally RuleSet.Default, which the package loads once per
// process. Under mutation testing (PocMutation=true defines POC_MUTATION) Stryker runs mutant after mutant in one test
// process, so a rule set loaded once would carry the first mutant's effect, or its failure to load, into the verdict
// of every later mutant. There the rule set is loaded afresh whenever the active mutant changes: Stryker 5.1.0 names
// in STRYKER_MUTANT_FILE a file holding the active mutant's id. Without that file it is loaded afresh on every use,
// which is slower but never wrong.
internal static class DefaultRules
{
#if POC_MUTATION
    private static readonly object Gate = new();
    private static string? loadedFor;
    private static RuleSet? loaded;

    public static RuleSet RuleSet
    {
        get
        {
            var mutant = ActiveMutant();
            lock (Gate)
            {
                if (mutant is null || mutant != loadedFor || loaded is null)
                {
                    loaded = RuleSetLoader.LoadDefault().GetValueOrThrow();
                    loadedFor = mutant;
                }

                return loaded;
            }
        }
    }

    private static string? ActiveMutant()
    {
        var path = Environment.GetEnvironmentVariable("STRYKER_MUTANT_FILE");
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var bytes = new byte[64];
        var read = file.Read(bytes, 0, bytes.Length);
        return Convert.ToHexString(bytes, 0, read);
    }
#else
    public static RuleSet RuleSet => RuleSet.Default;
#endif

    public static PocCalculator Calculator => new(RuleSet);
}
