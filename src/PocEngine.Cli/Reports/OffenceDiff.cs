using System;
using System.Collections.Generic;
using System.Linq;

namespace PocEngine.Cli.Reports;

// What changed between two rule set versions at the level of offences and policy.
internal sealed record OffenceChange(string Code, string Kind, string? From, string? To, string? Title);

internal sealed record OffenceDiff(RuleSetVersion From, RuleSetVersion To, IReadOnlyList<string> PolicyChanges, IReadOnlyList<OffenceChange> Changes)
{
    public static readonly string[] Kinds = ["added", "removed", "recategorised", "re-ranked", "maximum-changed", "renamed"];

    public bool IsEmpty => PolicyChanges.Count == 0 && Changes.Count == 0;

    public static OffenceDiff Between(RuleSetVersion from, RuleSetVersion to)
    {
        var policy = new List<string>();
        if (!from.Ordering.SequenceEqual(to.Ordering))
        {
            policy.Add($"The ordering changed from [{Names(from.Ordering)}] to [{Names(to.Ordering)}]: every case may rank differently.");
        }

        if (!from.Categories.SequenceEqual(to.Categories))
        {
            policy.Add("The categories changed (ids, names or precedence).");
        }

        policy.AddRange(RuleChanges(from.CategoryRules, to.CategoryRules));
        if (from.FallbackCategory != to.FallbackCategory)
        {
            policy.Add($"The fallback category changed from {from.FallbackCategory.Id} to {to.FallbackCategory.Id}.");
        }

        if (from.DeriveInchoateMaximum != to.DeriveInchoateMaximum)
        {
            policy.Add($"derive-inchoate-maximum changed from {from.DeriveInchoateMaximum} to {to.DeriveInchoateMaximum}.");
        }

        if (from.DeriveClassMaximum != to.DeriveClassMaximum)
        {
            policy.Add($"derive-class-maximum changed from {from.DeriveClassMaximum} to {to.DeriveClassMaximum}.");
        }

        var changes = new List<OffenceChange>();
        int i = 0, j = 0;
        var a = from.Offences;
        var b = to.Offences;
        while (i < a.Count || j < b.Count)
        {
            var order = i == a.Count ? 1 : j == b.Count ? -1 : string.CompareOrdinal(a[i].Code, b[j].Code);
            if (order < 0)
            {
                changes.Add(new OffenceChange(a[i].Code, "removed", a[i].Category?.Id ?? "not an offence", null, a[i].Title));
                i++;
            }
            else if (order > 0)
            {
                changes.Add(new OffenceChange(b[j].Code, "added", null, b[j].Category?.Id ?? "not an offence", b[j].Title));
                j++;
            }
            else
            {
                Compare(a[i], b[j], changes);
                i++;
                j++;
            }
        }

        return new OffenceDiff(from, to, policy, changes);
    }

    private static void Compare(Offence a, Offence b, List<OffenceChange> changes)
    {
        if (a.Category?.Id != b.Category?.Id)
        {
            changes.Add(new OffenceChange(a.Code, "recategorised", a.Category?.Id ?? "not an offence", b.Category?.Id ?? "not an offence", b.Title));
        }

        if (a.CjsCategory != b.CjsCategory)
        {
            changes.Add(new OffenceChange(a.Code, "re-ranked", a.CjsCategory, b.CjsCategory, b.Title));
        }

        // Compared as written: a maximum rewritten from 12m to 1y is a change to the rule set, though not to a ranking.
        if (!string.Equals(a.MaximumPenalty?.ToString(), b.MaximumPenalty?.ToString(), StringComparison.Ordinal))
        {
            changes.Add(new OffenceChange(a.Code, "maximum-changed", a.MaximumPenalty?.ToString() ?? "none", b.MaximumPenalty?.ToString() ?? "none", b.Title));
        }

        if (!string.Equals(a.Title, b.Title, StringComparison.Ordinal))
        {
            changes.Add(new OffenceChange(a.Code, "renamed", a.Title, b.Title, b.Title));
        }
    }

    private static string Names(IEnumerable<RankingKey> keys) => string.Join(", ", keys.Select(PocNames.Of));

    // Each rule added, removed or changed (by id), and a change of order among the rules both versions have: the first
    // rule that matches places an offence, so every one of these may move offences. A change names what changed, each
    // condition by its name in rule files.
    private static IEnumerable<string> RuleChanges(IReadOnlyList<CategoryRule> from, IReadOnlyList<CategoryRule> to)
    {
        var before = from.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var after = to.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var rule in from.Where(r => !after.ContainsKey(r.Id)))
        {
            yield return $"The rule '{rule.Id}' was removed.";
        }

        foreach (var rule in to)
        {
            if (!before.TryGetValue(rule.Id, out var old))
            {
                yield return $"The rule '{rule.Id}' was added: {rule}.";
            }
            else if (old != rule)
            {
                yield return $"The rule '{rule.Id}' changed: {string.Join("; ", Differences(old, rule))}.";
            }
        }

        if (!from.Where(r => after.ContainsKey(r.Id)).Select(r => r.Id).SequenceEqual(to.Where(r => before.ContainsKey(r.Id)).Select(r => r.Id), StringComparer.Ordinal))
        {
            yield return "The category rules changed order; the first rule that matches an offence places it.";
        }
    }

    private static IEnumerable<string> Differences(CategoryRule a, CategoryRule b)
    {
        if (!string.Equals(a.CategoryId, b.CategoryId, StringComparison.Ordinal))
        {
            yield return $"category {a.CategoryId ?? "(the inchoate base's)"} to {b.CategoryId ?? "(the inchoate base's)"}";
        }

        var names = a.Conditions.Select(c => c.Name).Union(b.Conditions.Select(c => c.Name), StringComparer.Ordinal);
        foreach (var name in names)
        {
            var was = a.Conditions.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
            var now = b.Conditions.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
            if (was != now)
            {
                yield return $"{name} {Values(was)} to {Values(now)}";
            }
        }

        if (!string.Equals(a.Reason, b.Reason, StringComparison.Ordinal))
        {
            yield return $"reason {Quoted(a.Reason)} to {Quoted(b.Reason)}";
        }
    }

    private static string Values(RuleCondition? condition) => condition is null ? "(none)" : $"[{string.Join(", ", condition.Values)}]";

    private static string Quoted(string? text) => text is null ? "(none)" : $"\"{text.Trim()}\"";
}
