using System;
using System.Collections.Generic;
using System.Linq;
using PocEngine.Loading;
using Xunit;

namespace PocEngine.Tests.Support;

// One sample of each condition of category rules, for the tests that hold every key of RuleFileFormat.ConditionKeys to
// every stage (read, matched, hashed, reported by 'poc diff'): values as rule files write them, the category a rule
// with only that condition gives (none for a rule that takes its inchoate base's), an offence of Yaml.Offences that
// the rule places and one it does not (from Cited when Yaml.Offences has none that fits). A new condition needs a sample
// here, or those tests fail.
internal sealed record ConditionSample(string[] Values, string? Category, string Placed, string NotPlaced, string? Offences = null)
{
    // Local codes whose titles cite an Act, in a second catalogue file: the first cites the Act of the sample, the
    // second the same name with another year.
    private const string Cited = """
        offences:
          - {code: 01XX0001, title: "Possess identity document with an improper intention Contrary to Section 4(1) of the Identity Documents Act 2010", mode: CE}
          - {code: 01XX0002, title: "Possess identity document with an improper intention - Identity Documents Act 2006", mode: CE}
        """;

    public const string ProbeId = "probe";

    private static readonly Dictionary<string, ConditionSample> ByKey = new(StringComparer.Ordinal)
    {
        [RuleFileFormat.Code] = new(["TH68023"], "drugs-offences", Placed: "TH68023", NotPlaced: "TH68026"),
        [RuleFileFormat.Act] = new(["TH68"], "drugs-offences", Placed: "TH68023", NotPlaced: "CD71038"),
        [RuleFileFormat.Mode] = new(["CI"], "drugs-offences", Placed: "TH68023", NotPlaced: "TH68026"),
        [RuleFileFormat.HomeOfficeClass] = new(["034/*"], "drugs-offences", Placed: "TH68023", NotPlaced: "TH68026"),
        [RuleFileFormat.HomeOfficeGroup] = new(["Robbery"], "drugs-offences", Placed: "TH68023", NotPlaced: "TH68026"),
        [RuleFileFormat.Title] = new(["^rob"], "drugs-offences", Placed: "TH68023", NotPlaced: "TH68026"),
        [RuleFileFormat.InchoateBase] = new(["true"], null, Placed: "OF61102A", NotPlaced: "OF61102"),
        [RuleFileFormat.CitedActs] = new(["Identity Documents Act 2010"], "drugs-offences", Placed: "01XX0001", NotPlaced: "01XX0002", Cited),
    };

    public static IEnumerable<TheoryDataRow<string>> Keys => RuleFileFormat.ConditionKeys.Select(k => new TheoryDataRow<string>(k));

    public static ConditionSample For(string key) =>
        ByKey.TryGetValue(key, out var sample) ? sample : throw new InvalidOperationException($"The condition '{key}' has no sample in ConditionSample: add one, so that the tests hold it to every stage.");

    // The test rules with a rule 'probe' first that gives only this condition, and a rule that places the base of
    // the inchoate sample, so that each sample's offence is placed by the probe and nothing else is shadowed.
    public Yaml Rules(string key)
    {
        var value = Values.SequenceEqual(["true"]) ? "true" : $"[{string.Join(", ", Values.Select(v => $"\"{v}\""))}]";
        var category = Category is null ? string.Empty : $"\n    category: {Category}";
        var yaml = Offences is null ? Yaml.Default() : Yaml.Default().With("offences/cited.yaml", Offences);
        return yaml.With("category-rules.yaml", $$"""
            category-rules:
              - id: {{ProbeId}}
                reason: One condition under test.
                when: {{{key}}: {{value}}}{{category}}
              - id: base
                when: {code: OF61102}
                category: offences-against-the-person
            fallback-category: all-other-offences-excluding-motoring
            """);
    }

    // The version with the probe rule's condition taken away and all else kept, built as the compiler builds a version
    // (a rule without conditions is refused in rule files, not here).
    public static RuleSetVersion WithoutCondition(RuleSetVersion version, string key)
    {
        var content = version.Content;
        var rules = content.CategoryRules.Select(r => r.Id != ProbeId ? r : new CategoryRule(
            r.Id,
            r.CategoryId,
            r.Reason,
            new RuleConditions(RuleConditionKinds.All.Select(k => k.Name == key ? [] : r.Conditions.ValuesOf(k)))));
        var without = new VersionContent(
            content.RuleSetId,
            content.Categories,
            content.Ordering,
            rules,
            content.FallbackCategory,
            content.DeriveInchoateMaximum,
            content.DeriveClassMaximum,
            content.HomeOfficeTable,
            content.Offences);
        return new RuleSetVersion(without, version.Label + "-without-" + key, version.EffectiveFromDay, null, version.Matchers);
    }
}
