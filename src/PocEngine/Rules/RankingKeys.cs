using System;
using System.Collections.Generic;

namespace PocEngine;

// The one home of each ranking key: its name in rule files, tests and output; the deciding factor a result reports
// when the key decides; the words an explanation uses for it and for an offence's value on it; and the name it has in
// the content hash. The hash names are frozen: they are the names the first hash form used, and renaming a key in
// code must never change a published version's hash. Adding a key means a row here, a member of RankingKey and of
// DecidingFactor, and its value in CompiledVersion's packed score (see ARCHITECTURE.md); PocNames and the tables of
// CompiledVersion take their names and sizes from here.
internal static class RankingKeys
{
    private static readonly Descriptor[] All =
    [
        new(RankingKey.ModeOfTrial, "mode-of-trial", DecidingFactor.ModeOfTrial, "mode of trial", "ModeOfTrial",
            o => ModeOfTrialCodes.Describe(o.ModeOfTrial!.Value)),
        new(RankingKey.MaximumPenalty, "maximum-penalty", DecidingFactor.MaximumPenalty, "maximum penalty", "MaximumPenalty",
            o => o.MaximumPenalty is { } max ? "maximum " + max.Describe() : "no known maximum"),
        new(RankingKey.CategoryPrecedence, "category-precedence", DecidingFactor.CategoryPrecedence, "category precedence", "CategoryPrecedence",
            o => o.Category!.Name),
        new(RankingKey.OffenceCode, "offence-code", DecidingFactor.OffenceCode, "offence code, the final tie-break", "OffenceCode",
            _ => null),
    ];

    public static string[] Names { get; } = Array.ConvertAll(All, d => d.Name);

    public static IReadOnlyList<Descriptor> Descriptors => All;

    // How many keys there are: the size of every per-key table (CompiledVersion's shifts, masks and widths).
    public static int Count => All.Length;

    public static Descriptor Of(RankingKey key) =>
        (int)key >= 0 && (int)key < All.Length && All[(int)key].Key == key ? All[(int)key] : throw new ArgumentOutOfRangeException(nameof(key), key, "The ranking key is not one the engine knows.");

    public static Descriptor Of(DecidingFactor factor)
    {
        foreach (var descriptor in All)
        {
            if (descriptor.Factor == factor)
            {
                return descriptor;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(factor), factor, "The deciding factor is not a ranking key's.");
    }

    public static bool TryParse(string? name, out RankingKey key)
    {
        foreach (var descriptor in All)
        {
            if (string.Equals(descriptor.Name, name, StringComparison.Ordinal))
            {
                key = descriptor.Key;
                return true;
            }
        }

        key = default;
        return false;
    }

    // Describe: the offence's value on the key as an explanation shows it, or null where the code alone says it.
    internal sealed record Descriptor(RankingKey Key, string Name, DecidingFactor Factor, string Phrase, string HashName, Func<Offence, string?> Describe);
}
