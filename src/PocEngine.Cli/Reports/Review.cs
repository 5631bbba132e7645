using System;
using System.Collections.Generic;
using System.Linq;
using PocEngine.Cli.Commands;
using PocEngine.Rules;

namespace PocEngine.Cli.Reports;

// What a rule owner reviews before signing the rules off: each rule that places codes on evidence (Act or title) with
// its conditions and the codes it places, the codes left to the fallback grouped by the Act their title cites, and the
// maxima derived rather than given. A filter (poc review --category, --classified-by, --fallback, --code) narrows the
// codes; a rule that places none of them is left out.
internal sealed class Review
{
    private Review(RuleSetVersion version, bool filtered, int eligible, IReadOnlyList<ReviewedRule> rules, IReadOnlyList<(string Act, IReadOnlyList<Offence> Offences)> fallback, IReadOnlyList<Offence> derivedMaxima)
    {
        Version = version;
        Filtered = filtered;
        Eligible = eligible;
        Rules = rules;
        Fallback = fallback;
        DerivedMaxima = derivedMaxima;
    }

    public RuleSetVersion Version { get; }

    // Whether a filter narrowed the codes, so that the page says its counts are of the codes shown.
    public bool Filtered { get; }

    // The eligible offences among the codes reviewed (all of the version's, unless filtered).
    public int Eligible { get; }

    // Evidence rules in rule order.
    public IReadOnlyList<ReviewedRule> Rules { get; }

    // Eligible offences placed by the fallback, by the Act their title cites (ActCitation.NoActNamed first), largest
    // group first.
    public IReadOnlyList<(string Act, IReadOnlyList<Offence> Offences)> Fallback { get; }

    // Offences whose maximum comes from an equivalent, an inchoate base or their Home Office class, by code.
    public IReadOnlyList<Offence> DerivedMaxima { get; }

    public int FallbackCount => Fallback.Sum(g => g.Offences.Count);

    public static Review Of(RuleSetVersion version, OffenceFilter? filter = null)
    {
        var offences = filter is null || filter.IsEmpty ? version.Offences : version.Offences.Where(filter.Includes).ToList();
        var filtered = offences.Count != version.Offences.Count;
        var byRule = offences.GroupBy(o => o.ClassifiedBy, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<Offence>)[.. g], StringComparer.Ordinal);
        var rules = version.CategoryRules
            .Where(r => r.Conditions.Acts.Count + r.Conditions.TitlePatterns.Count + r.Conditions.CitedActs.Count > 0)
            .Select(r => new ReviewedRule(r, version.TryGetCategory(r.CategoryId ?? string.Empty, out var category) ? category : null, byRule.GetValueOrDefault(r.Id) ?? []))
            .Where(r => !filtered || r.Placed.Count > 0)
            .ToList();
        var fallback = offences
            .Where(o => o.IsEligible && o.ClassifiedBy == ClassifiedBy.Fallback)
            .GroupBy(o => ActCitation.Of(o.Title), StringComparer.Ordinal)
            .OrderBy(g => g.Key != ActCitation.NoActNamed).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<Offence>)[.. g]))
            .ToList();
        var derived = offences.Where(o => o.MaximumPenaltySource is not (MaximumPenaltySource.None or MaximumPenaltySource.Catalogue)).ToList();
        return new Review(version, filtered, offences.Count(o => o.IsEligible), rules, fallback, derived);
    }
}

// An evidence rule, its category and what it places. Signal says which evidence it rests on; a rule on one signal
// alone (an Act, or a title in any Act) is the one to read most carefully.
internal sealed record ReviewedRule(CategoryRule Rule, Category? Category, IReadOnlyList<Offence> Placed)
{
    public string Signal => (Rule.Conditions.Acts.Count > 0, Rule.Conditions.TitlePatterns.Count > 0, Rule.Conditions.Modes.Count > 0) switch
    {
        (true, true, _) => "act and title",
        (true, false, true) => "act and mode",
        (true, false, false) => "act only",
        (false, true, _) => "title only",
        _ => "other conditions",
    };

    public bool OneSignal => Signal is "act only" or "title only";

    // Each condition the rule gives, by its key in the rule file, with its values: what the rule owner signs off. Read
    // from the rule's conditions as one value, so a new condition shows here without a change.
    public IReadOnlyList<(string Key, IReadOnlyList<string> Values)> Conditions =>
        [.. Rule.Conditions.Select(c => (c.Name, c.Values))];
}
