using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading;

namespace PocEngine;

// A category rule's conditions in a form that is quick to test: used to place every catalogue entry when a version
// is built, and at calculation time only for a code outside the catalogue that carries its own facts.
internal sealed class RuleMatcher
{
    private readonly HashSet<string> exactCodes = new(StringComparer.Ordinal);
    private readonly List<string> codePrefixes = [];
    private readonly int modeMask;
    private readonly HashSet<string> exactClasses = new(StringComparer.Ordinal);
    private readonly List<string> classPrefixes = [];
    private readonly HashSet<string> groups = new(StringComparer.Ordinal);
    private readonly HashSet<string> acts = new(StringComparer.Ordinal);
    private readonly HashSet<string> citedActs = new(StringComparer.Ordinal);
    private readonly Regex[] titles;
    private readonly string[][][] requiredLiterals;
    private readonly long[] spentTicks;
    private readonly TitleClock clock;

    // titles: the rule's title patterns made by TitlePattern.TryCreate, in the rule's order; clock: the load's bounds on
    // the time they may spend matching.
    public RuleMatcher(CategoryRule rule, Category? category, IReadOnlyList<Regex> titles, TitleClock clock)
    {
        Rule = rule;
        Category = category;
        var conditions = rule.Conditions;
        this.titles = [.. titles];
        this.clock = clock;
        spentTicks = new long[this.titles.Length];
        requiredLiterals = new string[this.titles.Length][][];
        for (var i = 0; i < requiredLiterals.Length; i++)
        {
            requiredLiterals[i] = Array.ConvertAll(TitlePattern.RequiredLiteralSets(conditions.TitlePatterns[i]), set => Array.ConvertAll(set, l => l.ToUpperInvariant()));
        }
        foreach (var act in conditions.Acts)
        {
            acts.Add(act);
        }

        foreach (var act in conditions.CitedActs)
        {
            // The parser let in only values with a key.
            citedActs.Add(ActCitations.Key(act) ?? throw new ArgumentException($"'{act}' is not an Act's name and year.", nameof(rule)));
        }

        foreach (var code in conditions.Codes)
        {
            if (code.EndsWith('*'))
            {
                codePrefixes.Add(code[..^1]);
            }
            else
            {
                exactCodes.Add(code);
            }
        }

        foreach (var mode in conditions.Modes)
        {
            modeMask |= 1 << (int)mode;
        }

        foreach (var cls in conditions.HomeOfficeClasses)
        {
            if (cls.EndsWith('*'))
            {
                classPrefixes.Add(cls[..4]);
            }
            else
            {
                exactClasses.Add(cls);
            }
        }

        foreach (var group in conditions.HomeOfficeGroups)
        {
            groups.Add(group);
        }
    }

    public CategoryRule Rule { get; }

    public Category? Category { get; }

    public bool HasTitles => titles.Length > 0;

    // Tests every condition except the inchoate base, which needs the catalogue and is the resolver's to check. The
    // Acts a title cites are read once per title (OffenceTitle) and tested before the title patterns; the
    // title is tested last, as the dearest condition; an offence without a title (a code outside the catalogue)
    // never matches a rule with title patterns.
    [System.Runtime.CompilerServices.MethodImpl(Optimization.Aggressive)] // Runs for every offence and rule of every load.
    public bool Matches(in OffenceFacts offence)
    {
        if ((exactCodes.Count > 0 || codePrefixes.Count > 0) && !MatchesCode(offence.Code))
        {
            return false;
        }

        if (acts.Count > 0 && !acts.Contains(Offence.ActOf(offence.Code)))
        {
            return false;
        }

        if (modeMask != 0 && (modeMask & (1 << (int)offence.Mode)) == 0)
        {
            return false;
        }

        if (exactClasses.Count > 0 || classPrefixes.Count > 0)
        {
            if (offence.HomeOfficeClass is not { } homeOfficeClass || !(exactClasses.Contains(homeOfficeClass) || StartsWithAny(homeOfficeClass, classPrefixes)))
            {
                return false;
            }
        }

        if (groups.Count > 0 && (offence.HomeOfficeGroup is not { } group || !groups.Contains(group)))
        {
            return false;
        }

        var title = offence.Title;
        if (citedActs.Count > 0 && (title is null || !CitesAny(title)))
        {
            return false;
        }

        return titles.Length == 0 || (title is not null && TitlePatternOf(title) >= 0);
    }

    // The index of the first title pattern that matches, or -1. The time each pattern spends matching is added up over
    // the load (across the threads placing the catalogue); a pattern past its allowance (in total or in one match), or
    // a load past its total, throws TitlePatternTooSlowException, which the version compiler reports at a pattern.
    public int TitlePatternOf(OffenceTitle title)
    {
        for (var i = 0; i < titles.Length; i++)
        {
            if (!TitlePattern.MayMatch(title, requiredLiterals[i]))
            {
                continue;
            }

            var start = Stopwatch.GetTimestamp();
            bool matched;
            try
            {
                matched = titles[i].IsMatch(title.Text);
            }
            catch (RegexMatchTimeoutException)
            {
                throw new TitlePatternTooSlowException(Rule, i, title.Text, loadTotal: false);
            }

            var took = Stopwatch.GetTimestamp() - start;
            if (Interlocked.Add(ref spentTicks[i], took) > clock.PerPatternTicks || clock.Spend(took))
            {
                throw new TitlePatternTooSlowException(Rule, i, title.Text, loadTotal: Volatile.Read(ref spentTicks[i]) <= clock.PerPatternTicks);
            }

            if (matched)
            {
                return i;
            }
        }

        return -1;
    }

    public static bool IsInchoate(string code) => code.Length == 8 && code[7] is 'A' or 'B' or 'C' or 'I';

    private bool CitesAny(OffenceTitle title)
    {
        foreach (var act in title.CitedActs)
        {
            if (citedActs.Contains(act))
            {
                return true;
            }
        }

        return false;
    }

    private bool MatchesCode(string code) => exactCodes.Contains(code) || StartsWithAny(code, codePrefixes);

    private static bool StartsWithAny(string value, List<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (value.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The time each title pattern has spent matching so far, in Stopwatch ticks.
    public long SpentTicks(int pattern) => Volatile.Read(ref spentTicks[pattern]);

    public TitleClock Clock => clock;
}

// A title pattern spent more than its allowance of the load's title-matching time (on the title given, or summed), or
// the load's patterns together spent the load's total (loadTotal).
internal sealed class TitlePatternTooSlowException(CategoryRule rule, int patternIndex, string title, bool loadTotal) : Exception
{
    public bool LoadTotal { get; } = loadTotal;

    public CategoryRule Rule { get; } = rule;

    public int PatternIndex { get; } = patternIndex;

    public string Title { get; } = title;
}
