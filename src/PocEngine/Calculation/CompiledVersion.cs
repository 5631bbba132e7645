using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PocEngine.Calculation;

// The lookup a version compiles to, built once: every offence's ranking keys packed into one 64-bit score in the
// order the version's ordering gives, most significant first, so that ranking two charges is one integer comparison
// and the deciding key is the highest field in which two scores differ.
internal sealed class CompiledVersion
{
    private readonly FrozenDictionary<string, int> indexByCode;
    private readonly string[] sortedCodes;
    private readonly ulong[] scores;
    private readonly Offence[] offences;
    private readonly long[] penaltyLengths;
    private readonly Dictionary<Category, int> precedenceValue;
    private readonly int[] shift = new int[4];
    private readonly ulong[] mask = new ulong[4];
    private readonly RankingKey[] ordering;

    [MethodImpl(Optimization.Aggressive)] // Runs once per load over every offence: see FlowLineReader.
    public CompiledVersion(RuleSetVersion version)
    {
        Version = version;
        offences = [.. version.Offences];
        sortedCodes = new string[offences.Length];
        var pairs = new KeyValuePair<string, int>[offences.Length];
        for (var i = 0; i < offences.Length; i++)
        {
            sortedCodes[i] = offences[i].Code;
            pairs[i] = new(offences[i].Code, i);
        }

        indexByCode = pairs.ToFrozenDictionary(StringComparer.Ordinal);

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

        ordering = [.. version.Ordering];
        var widths = new int[4];
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

        scores = new ulong[offences.Length];
        for (var i = 0; i < offences.Length; i++)
        {
            var offence = offences[i];
            if (offence.ModeOfTrial is { } mode)
            {
                scores[i] = Score(mode, offence.MaximumPenalty, offence.Category!, CodeValue(i));
            }
        }
    }

    public RuleSetVersion Version { get; }

    public int IndexOf(string code) => indexByCode.TryGetValue(code, out var index) ? index : -1;

    public ulong ScoreAt(int index) => scores[index];

    public Offence OffenceAt(int index) => offences[index];

    // The score of a code outside the catalogue that carries its own facts: no maximum is known, and its code ranks
    // between the catalogue codes either side of it.
    public ulong ScoreOfUnknown(string code, ModeOfTrial mode, Category category)
    {
        var position = Array.BinarySearch(sortedCodes, code, StringComparer.Ordinal);
        var below = position >= 0 ? position : ~position;
        var codeValue = (2UL * (ulong)(sortedCodes.Length - below)) + 1;
        return Score(mode, null, category, codeValue);
    }

    // The highest-order key in which two different scores differ.
    public RankingKey DecidingKey(ulong a, ulong b)
    {
        foreach (var key in ordering)
        {
            var k = (int)key;
            if (((a >> shift[k]) & mask[k]) != ((b >> shift[k]) & mask[k]))
            {
                return key;
            }
        }

        return RankingKey.OffenceCode;
    }

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
