using System;
using System.Collections.Generic;
using System.Linq;

namespace PocEngine.Cli.Reports;

// What a rule owner reviews before signing the rules off: each rule that places codes on evidence (Act or title) with
// the codes it places, the codes left to the fallback grouped by Act, and the maxima derived rather than given.
internal sealed class Review
{
    private Review(RuleSetVersion version, IReadOnlyList<ReviewedRule> rules, IReadOnlyList<(string Act, IReadOnlyList<Offence> Offences)> fallback, IReadOnlyList<Offence> derivedMaxima)
    {
        Version = version;
        Rules = rules;
        Fallback = fallback;
        DerivedMaxima = derivedMaxima;
    }

    public RuleSetVersion Version { get; }

    // Evidence rules in rule order.
    public IReadOnlyList<ReviewedRule> Rules { get; }

    // Eligible offences placed by the fallback, by Act (the code's first four characters), largest group first.
    public IReadOnlyList<(string Act, IReadOnlyList<Offence> Offences)> Fallback { get; }

    // Offences whose maximum comes from an equivalent, an inchoate base or their Home Office class, by code.
    public IReadOnlyList<Offence> DerivedMaxima { get; }

    public int FallbackCount => Fallback.Sum(g => g.Offences.Count);

    public static Review Of(RuleSetVersion version)
    {
        var byRule = version.Offences.GroupBy(o => o.ClassifiedBy, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<Offence>)[.. g], StringComparer.Ordinal);
        var rules = version.CategoryRules
            .Where(r => r.Conditions.Acts.Count + r.Conditions.TitlePatterns.Count > 0)
            .Select(r => new ReviewedRule(r, byRule.GetValueOrDefault(r.Id) ?? []))
            .ToList();
        var fallback = version.Offences
            .Where(o => o.IsEligible && o.ClassifiedBy == ClassifiedBy.Fallback)
            .GroupBy(o => o.Act, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<Offence>)[.. g]))
            .ToList();
        var derived = version.Offences.Where(o => o.MaximumPenaltySource is not (MaximumPenaltySource.None or MaximumPenaltySource.Catalogue)).ToList();
        return new Review(version, rules, fallback, derived);
    }
}

// An evidence rule and what it places. Signal says which evidence it rests on; a rule on one signal alone (an Act, or
// a title in any Act) is the one to read most carefully.
internal sealed record ReviewedRule(CategoryRule Rule, IReadOnlyList<Offence> Placed)
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
}
