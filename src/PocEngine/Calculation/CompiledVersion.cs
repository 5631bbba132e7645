using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PocEngine.Calculation;

// The lookup a version compiles to, built once: every offence's ranking keys packed into one 64-bit score in the
// order the version's ordering gives, most significant first, so that ranking two charges is one integer comparison
// and the deciding key is the highest field in which two scores differ.
internal sealed class CompiledVersion
{
    private readonly Dictionary<string, int> indexByCode;
    private readonly string[] sortedCodes;
    private readonly Entry[] entries;
    private readonly long[] penaltyLengths;
    private readonly Dictionary<Category, int> precedenceValue;
    private readonly int[] shift = new int[RankingKeys.Count];
    private readonly ulong[] mask = new ulong[RankingKeys.Count];
    private readonly DecidingFactor[] factorByBit;

    [MethodImpl(Optimization.Aggressive)] // Runs once per load over every offence: see FlowLineReader.
    public CompiledVersion(RuleSetVersion version)
    {
        Version = version;
        Offence[] offences = [.. version.Offences];
        sortedCodes = new string[offences.Length];
        indexByCode = new Dictionary<string, int>(offences.Length, StringComparer.Ordinal);
        for (var i = 0; i < offences.Length; i++)
        {
            sortedCodes[i] = offences[i].Code;
            indexByCode.Add(offences[i].Code, i);
        }

        var lengths = new SortedSet<long>();
        foreach (var offence in offences)
        {
            if (offence.MaximumPenalty is { } max)
            {
                lengths.Add(max.Length);
            }
        }

        penaltyLengths = [.. lengths];
        precedenceValue = [];
        for (var i = 0; i < version.Categories.Count; i++)
        {
            precedenceValue[version.Categories[i]] = version.Categories.Count - i;
        }

        RankingKey[] ordering = [.. version.Ordering];
        var widths = new int[RankingKeys.Count];
        widths[(int)RankingKey.ModeOfTrial] = 2;
        widths[(int)RankingKey.MaximumPenalty] = BitWidth((ulong)penaltyLengths.Length);
        widths[(int)RankingKey.CategoryPrecedence] = BitWidth((ulong)version.Categories.Count);
        widths[(int)RankingKey.OffenceCode] = BitWidth((2UL * (ulong)offences.Length) + 1);
        var used = 0;
        for (var i = ordering.Length - 1; i >= 0; i--)
        {
            var key = (int)ordering[i];
            shift[key] = used;
            mask[key] = (1UL << widths[key]) - 1;
            used += widths[key];
        }

        if (used > 63)
        {
            throw new InvalidOperationException("The ranking keys do not fit in 63 bits; the catalogue is larger than the engine supports.");
        }

        factorByBit = new DecidingFactor[64];
        foreach (var key in ordering)
        {
            for (var bit = shift[(int)key]; bit < 64 && (mask[(int)key] << shift[(int)key] & (1UL << bit)) != 0; bit++)
            {
                factorByBit[bit] = RankingKeys.Of(key).Factor;
            }
        }

        entries = new Entry[offences.Length];
        for (var i = 0; i < offences.Length; i++)
        {
            var offence = offences[i];
            entries[i] = offence.ModeOfTrial is { } mode
                ? new Entry(offence, Score(mode, offence.MaximumPenalty, offence.Category!, CodeValue(i)), ChargeStatus.Counted, offence.ClassifiedBy == ClassifiedBy.Fallback)
                : new Entry(offence, 0, ChargeStatus.NotAnOffence, true);
        }
    }

    public RuleSetVersion Version { get; }

    public int IndexOf(string code) => indexByCode.TryGetValue(code, out var index) ? index : -1;

    // What a charge with the catalogue entry at an index resolves to, found once here rather than on every calculation.
    public ref readonly Entry EntryAt(int index) => ref entries[index];

    public Offence OffenceAt(int index) => entries[index].Offence;

    // The score of a code outside the catalogue that carries its own facts: no maximum is known, and its code ranks
    // between the catalogue codes either side of it.
    public ulong ScoreOfUnknown(string code, ModeOfTrial mode, Category category)
    {
        var position = Array.BinarySearch(sortedCodes, code, StringComparer.Ordinal);
        var below = position >= 0 ? position : ~position;
        var codeValue = (2UL * (ulong)(sortedCodes.Length - below)) + 1;
        return Score(mode, null, category, codeValue);
    }

    // The factor that decides between two different scores: the key of the highest bit in which they differ, which
    // is the highest-order key in which they differ (each key's field sits above the next one's). Two codes outside
    // the catalogue can share a score: only the code's own order is left to decide.
    public DecidingFactor DecidingFactor(ulong a, ulong b) => a == b ? PocEngine.DecidingFactor.OffenceCode : factorByBit[HighestBit(a ^ b)];

    private ulong Score(ModeOfTrial mode, MaximumPenalty? max, Category category, ulong codeValue)
    {
        ulong modeValue = mode switch
        {
            ModeOfTrial.IndictableOnly => 3,
            ModeOfTrial.EitherWay => 2,
            _ => 1,
        };
        ulong penaltyValue = max is { } penalty ? (ulong)(Array.BinarySearch(penaltyLengths, penalty.Length) + 1) : 0;
        var categoryValue = (ulong)precedenceValue[category];
        return Field(RankingKey.ModeOfTrial, modeValue)
            | Field(RankingKey.MaximumPenalty, penaltyValue)
            | Field(RankingKey.CategoryPrecedence, categoryValue)
            | Field(RankingKey.OffenceCode, codeValue);
    }

    private ulong Field(RankingKey key, ulong value) => mask[(int)key] == 0 ? 0 : (value & mask[(int)key]) << shift[(int)key];

    private ulong CodeValue(int index) => 2UL * (ulong)(sortedCodes.Length - index);

    // Score: the packed ranking keys, 0 for an offence that is not eligible. HasWarning: the charge is reported
    // (not a criminal offence, or placed by the fallback).
    internal readonly record struct Entry(Offence Offence, ulong Score, ChargeStatus Status, bool HasWarning);

    private static int HighestBit(ulong value)
    {
#if NETSTANDARD2_0
        var bit = 63;
        while (bit > 0 && (value >> bit) == 0)
        {
            bit--;
        }

        return bit;
#else
        return 63 - System.Numerics.BitOperations.LeadingZeroCount(value);
#endif
    }

    private static int BitWidth(ulong maxValue)
    {
        var width = 1;
        while (width < 64 && (maxValue >> width) != 0)
        {
            width++;
        }

        return width;
    }
}
