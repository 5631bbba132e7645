using System;
using System.Collections.Generic;

namespace PocEngine;

// The Home Office classification table of a version: class to parent group, and for a class missing from the
// table, the group of its NNN where every listed class of that NNN shares one group.
internal sealed class HomeOfficeTable
{
    // The classification that means "none" in the standing data and in charges.
    public const string NoClass = "000/00";

    private readonly Dictionary<string, string> groupByClass;
    private readonly Dictionary<string, string?> groupByPrefix = new(StringComparer.Ordinal);

    public HomeOfficeTable(IEnumerable<KeyValuePair<string, string>> classes)
    {
        groupByClass = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (cls, group) in classes)
        {
            groupByClass[cls] = group;
            var prefix = cls[..3];
            if (groupByPrefix.TryGetValue(prefix, out var existing))
            {
                if (existing is not null && !string.Equals(existing, group, StringComparison.Ordinal))
                {
                    groupByPrefix[prefix] = null;
                }
            }
            else
            {
                groupByPrefix[prefix] = group;
            }
        }
    }

    public IReadOnlyDictionary<string, string> Classes => groupByClass;

    // Three digits, a slash and two digits: NNN/NN.
    public static bool IsClass(string value) =>
        value.Length == 6 && value[3] == '/' && IsDigits(value, 0, 3) && IsDigits(value, 4, 2);

    public static string? ClassOrNull(string? value) => value is null or NoClass ? null : value;

    public bool HasGroup(string group)
    {
        foreach (var value in groupByClass.Values)
        {
            if (string.Equals(value, group, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public string? GroupOf(string? homeOfficeClass)
    {
        if (homeOfficeClass is null)
        {
            return null;
        }

        if (groupByClass.TryGetValue(homeOfficeClass, out var group))
        {
            return group;
        }

        // Rare: only classes missing from the table get here.
        return groupByPrefix.TryGetValue(homeOfficeClass[..3], out var byPrefix) ? byPrefix : null;
    }

    private static bool IsDigits(string text, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
