using System;
using System.Collections.Generic;

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

    public RuleMatcher(CategoryRule rule, Category? category)
    {
        Rule = rule;
        Category = category;
        foreach (var code in rule.Codes)
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

        foreach (var mode in rule.Modes)
        {
            modeMask |= 1 << (int)mode;
        }

        foreach (var cls in rule.HomeOfficeClasses)
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

        foreach (var group in rule.HomeOfficeGroups)
        {
            groups.Add(group);
        }
    }

    public CategoryRule Rule { get; }

    public Category? Category { get; }

    // Tests every condition except the inchoate base, which needs the catalogue and is the resolver's to check.
    public bool Matches(string code, ModeOfTrial mode, string? homeOfficeClass, string? homeOfficeGroup)
    {
        if ((exactCodes.Count > 0 || codePrefixes.Count > 0) && !MatchesCode(code))
        {
            return false;
        }

        if (modeMask != 0 && (modeMask & (1 << (int)mode)) == 0)
        {
            return false;
        }

        if (exactClasses.Count > 0 || classPrefixes.Count > 0)
        {
            if (homeOfficeClass is null || !(exactClasses.Contains(homeOfficeClass) || StartsWithAny(homeOfficeClass, classPrefixes)))
            {
                return false;
            }
        }

        return groups.Count == 0 || (homeOfficeGroup is not null && groups.Contains(homeOfficeGroup));
    }

    public static bool IsInchoate(string code) => code.Length == 8 && code[7] is 'A' or 'B' or 'C' or 'I';

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
}
