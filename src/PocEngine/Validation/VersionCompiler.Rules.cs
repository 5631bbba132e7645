using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PocEngine.Loading;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace PocEngine.Validation;

internal static partial class VersionCompiler
{
    private static List<CheckedRule> CheckRules(VersionDraft draft, Dictionary<string, Category> byId, HomeOfficeTable table, TitleClock titleClock, DiagnosticBag diagnostics)
    {
        var result = new List<CheckedRule>();
        if (draft.CategoryRules is null)
        {
            return result;
        }

        var ids = new Dictionary<string, RuleDoc>(StringComparer.Ordinal);
        foreach (var doc in draft.CategoryRules.Value)
        {
            if (!ids.TryAdd(doc.Id, doc))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateRule, doc.File, doc.Line, doc.Column, FormattableString.Invariant($"The rule id '{doc.Id}' is used twice (first at line {ids[doc.Id].Line}); give each rule a unique id."));
                continue;
            }

            if (doc.Id is ClassifiedBy.Override or ClassifiedBy.Fallback or ClassifiedBy.NotAnOffence)
            {
                diagnostics.Error(DiagnosticCodes.InvalidRule, doc.File, doc.Line, doc.Column, $"The rule id '{doc.Id}' is reserved for the engine's own classifications; choose another id.");
                continue;
            }

            var conditions = new RuleConditions(doc.Conditions.Select(values => values.Select(v => v.Value)));
            if (conditions.Count == 0)
            {
                diagnostics.Error(DiagnosticCodes.InvalidRule, doc.File, doc.Line, doc.Column, $"The rule '{doc.Id}' has no condition and would match every offence; give it a condition, or use '{RuleFileFormat.FallbackCategory}' for what no rule places.");
                continue;
            }

            Category? category = null;
            if (conditions.InchoateBase && doc.Category is not null)
            {
                diagnostics.Error(DiagnosticCodes.InvalidRule, doc.File, doc.Category.Line, doc.Category.Column, $"The rule '{doc.Id}' takes the inchoate base's category and also names '{doc.Category.Value}'; give one or the other.");
                continue;
            }

            if (!conditions.InchoateBase)
            {
                if (doc.Category is null)
                {
                    diagnostics.Error(DiagnosticCodes.InvalidRule, doc.File, doc.Line, doc.Column, $"The rule '{doc.Id}' names no '{RuleFileFormat.Category}'; every rule gives a category, except one with 'inchoate-base: true'.");
                    continue;
                }

                category = Resolve(byId, doc.Category.Value, doc.File, doc.Category, diagnostics);
                if (category is null)
                {
                    continue;
                }
            }

            if (RuleConditionKinds.All.Any(k => k.NeedsReason && conditions.ValuesOf(k).Count > 0) && string.IsNullOrWhiteSpace(doc.Reason))
            {
                diagnostics.Error(DiagnosticCodes.InvalidRule, doc.File, doc.Line, doc.Column, $"The rule '{doc.Id}' places offences by their Act or title and gives no '{RuleFileFormat.Reason}'; write the evidence a reviewer can check (the Act, the titles it places and why they belong to the category).");
                continue;
            }

            var titles = new List<Regex>(doc.Titles.Count);
            foreach (var title in doc.Titles)
            {
                if (TitlePattern.TryCreate(title.Value, titleClock.PerPattern, out var problem) is { } regex)
                {
                    titles.Add(regex);
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.InvalidValue, doc.File, title.Line, title.Column, $"The title pattern '{title.Value}' of rule '{doc.Id}' {problem}.");
                }
            }

            if (titles.Count < doc.Titles.Count)
            {
                continue;
            }

            foreach (var group in doc.ValuesOf(RuleConditionKinds.HomeOfficeGroup))
            {
                if (!table.HasGroup(group.Value))
                {
                    diagnostics.Warning(DiagnosticCodes.RuleMatchesNothing, doc.File, group.Line, group.Column, $"The rule '{doc.Id}' names the Home Office group '{group.Value}', which no classification in '{RuleFileFormat.HomeOfficeClasses}' has; check the spelling.");
                }
            }

            var model = new CategoryRule(doc.Id, category?.Id, doc.Reason, conditions);
            var shadow = result.FirstOrDefault(earlier => Covers(earlier.Matcher.Rule, model));
            if (shadow is not null)
            {
                diagnostics.Error(DiagnosticCodes.RuleNeverMatches, doc.File, doc.Line, doc.Column, FormattableString.Invariant($"The rule '{doc.Id}' can never match: the earlier rule '{shadow.Doc.Id}' (line {shadow.Doc.Line}) matches every offence it would; remove it or move it above."));
                continue;
            }

            result.Add(new CheckedRule(doc, new RuleMatcher(model, category, titles, titleClock)));
        }

        return result;
    }

    // True when every offence that the later rule matches is already matched by the earlier one: each condition of
    // the earlier rule is present in the later rule with values it covers, as each condition's descriptor compares them.
    private static bool Covers(CategoryRule earlier, CategoryRule later)
    {
        foreach (var kind in RuleConditionKinds.All)
        {
            var patterns = earlier.Conditions.ValuesOf(kind);
            var values = later.Conditions.ValuesOf(kind);
            if (patterns.Count > 0 && (values.Count == 0 || !values.All(value => patterns.Any(pattern => kind.Covers(pattern, value)))))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(Optimization.Aggressive)] // Runs once per load over every offence: see FlowLineReader.
    private static List<OffenceDoc> MergeOverrides(VersionDraft draft, Dictionary<string, Category> byId, DiagnosticBag diagnostics)
    {
        var offences = new List<OffenceDoc>(draft.Offences.Count);
        foreach (var doc in draft.Offences.Values)
        {
            if (doc.Category is not null)
            {
                Resolve(byId, doc.Category.Value, doc.File, doc.Category, diagnostics);
            }
        }

        foreach (var entry in draft.Overrides.Values)
        {
            if (!draft.Offences.ContainsKey(entry.Code))
            {
                diagnostics.Error(DiagnosticCodes.UnknownOverriddenOffence, entry.File, entry.Line, entry.Column, $"The override names the offence '{entry.Code}', which the catalogue does not hold; add the offence to the catalogue or remove the override.");
            }
            else if (entry.Category is not null)
            {
                Resolve(byId, entry.Category.Value, entry.File, entry.Category, diagnostics);
            }

            if (entry.MaximumFrom is { } own && draft.Offences.TryGetValue(entry.Code, out var overridden) && overridden.MaximumPenalty is not null)
            {
                // A warning, not an error: newer standing data that gives a legacy code its own maximum must not stop
                // the rule set loading; the catalogue's own maximum wins.
                diagnostics.Warning(DiagnosticCodes.MaximumFromHasNoEffect, entry.File, own.Line, own.Column, $"The offence '{entry.Code}' has its own maximum in the catalogue, which is used, so '{RuleFileFormat.MaximumFrom}' has no effect; remove it.");
            }

            if (entry.MaximumFrom is { } from && !draft.Offences.ContainsKey(from.Value))
            {
                diagnostics.Error(DiagnosticCodes.UnknownOverriddenOffence, entry.File, from.Line, from.Column, $"The override of '{entry.Code}' takes its maximum from '{from.Value}', which the catalogue does not hold; name the offence's current equivalent in the catalogue.");
            }
        }

        foreach (var doc in draft.Offences.Values)
        {
            if (!draft.Overrides.TryGetValue(doc.Code, out var entry))
            {
                offences.Add(doc);
                continue;
            }

            offences.Add(OffenceFields.Overlay(doc, entry));
        }

        offences.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return offences;
    }

    [MethodImpl(Optimization.Aggressive)]
    private static void ReportRuleUse(List<CheckedRule> rules, IReadOnlyList<Offence> offences, string where, DiagnosticBag diagnostics)
    {
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var fallbackCodes = new List<string>();
        foreach (var offence in offences)
        {
            used[offence.ClassifiedBy] = used.GetValueOrDefault(offence.ClassifiedBy) + 1;
            if (offence.ClassifiedBy == ClassifiedBy.Fallback)
            {
                fallbackCodes.Add(offence.Code);
            }
        }

        foreach (var rule in rules)
        {
            if (!used.ContainsKey(rule.Doc.Id))
            {
                diagnostics.Warning(DiagnosticCodes.RuleMatchesNothing, rule.Doc.File, rule.Doc.Line, rule.Doc.Column, $"The rule '{rule.Doc.Id}' places no offence of the catalogue in {where}; check its conditions or remove it.");
            }
            else if (rule.Matcher.HasTitles)
            {
                ReportTitleUse(rule, offences, where, diagnostics);
            }
        }

        if (fallbackCodes.Count > 0)
        {
            var sample = string.Join(", ", fallbackCodes.Take(10));
            var more = fallbackCodes.Count > 10 ? ", ..." : string.Empty;
            diagnostics.Warning(DiagnosticCodes.FallbackUsed, RuleFileFormat.HeaderFile, 0, 0, FormattableString.Invariant($"{fallbackCodes.Count} offence(s) of {where} are placed by the fallback category because no rule matches them ({sample}{more}); 'poc offences' lists them all."));
        }
    }

    // A title pattern that places nothing is dead weight or a typo: every offence it would match is placed by an
    // earlier pattern of the rule, or by an earlier rule, or no title matches it at all.
    private static void ReportTitleUse(CheckedRule rule, IReadOnlyList<Offence> offences, string where, DiagnosticBag diagnostics)
    {
        var uses = new int[rule.Doc.Titles.Count];
        try
        {
            foreach (var offence in offences)
            {
                if (string.Equals(offence.ClassifiedBy, rule.Doc.Id, StringComparison.Ordinal) && rule.Matcher.TitlePatternOf(new OffenceTitle(offence.Title)) is var index and >= 0)
                {
                    uses[index]++;
                }
            }
        }
        catch (TitlePatternTooSlowException)
        {
            // Matching the placed titles again used up the last of a pattern's share: its use is not worth the wait.
            return;
        }

        for (var i = 0; i < uses.Length; i++)
        {
            if (uses[i] == 0)
            {
                var title = rule.Doc.Titles[i];
                diagnostics.Warning(DiagnosticCodes.TitlePatternPlacesNothing, rule.Doc.File, title.Line, title.Column, $"The title pattern '{title.Value}' of rule '{rule.Doc.Id}' places no offence in {where}: no title matches it, or an earlier pattern or rule places each one; check it or remove it.");
            }
        }
    }

    // One warning for every classification the table lacks, at the first offence that carries it, so that a
    // mistyped ho-class is found and imported placeholders (999/99) are listed once, not once per offence.
    private static void ReportUnknownHomeOfficeClasses(List<OffenceDoc> docs, Offence[] offences, string where, DiagnosticBag diagnostics)
    {
        var unknown = new Dictionary<string, (OffenceDoc First, int Count)>(StringComparer.Ordinal);
        for (var i = 0; i < offences.Length; i++)
        {
            if (offences[i] is { HomeOfficeClass: { } cls, HomeOfficeGroup: null, IsEligible: true })
            {
                unknown[cls] = unknown.TryGetValue(cls, out var seen) ? (seen.First, seen.Count + 1) : (docs[i], 1);
            }
        }

        if (unknown.Count == 0)
        {
            return;
        }

        var first = unknown.Values.OrderBy(u => u.First.File, StringComparer.Ordinal).ThenBy(u => u.First.Line).First().First;
        var listed = string.Join(", ", unknown.OrderByDescending(u => u.Value.Count).ThenBy(u => u.Key, StringComparer.Ordinal).Take(10)
            .Select(u => FormattableString.Invariant($"{u.Key} ({u.Value.Count}, first {u.Value.First.Code})")));
        var more = unknown.Count > 10 ? FormattableString.Invariant($" and {unknown.Count - 10} more") : string.Empty;
        diagnostics.Warning(DiagnosticCodes.UnknownHomeOfficeClass, first.File, first.Line, first.Column, FormattableString.Invariant($"{unknown.Count} Home Office classification(s) carried by offences of {where} are not in '{RuleFileFormat.HomeOfficeClasses}' and share no group with a listed class of the same NNN, so no Home Office rule can place those offences: {listed}{more}. Check the ho-class of each, or add the class to the table."));
    }

    // A title pattern that passed the load-time checks but took longer than a pattern may (in one match or over many
    // titles), or the load's patterns together took longer than a load may: an error at the pattern, or at the one that
    // took the most, naming the title it was matching.
    private static void ReportSlowTitlePattern(List<CheckedRule> rules, TitlePatternTooSlowException slow, DiagnosticBag diagnostics)
    {
        var rule = rules.First(r => ReferenceEquals(r.Matcher.Rule, slow.Rule));
        var index = slow.PatternIndex;
        var clock = rule.Matcher.Clock;
        var rewrite = "it backtracks heavily. Rewrite it so that no part can match the same text in more than one way, as (a|aa)* or (.?){12} can";
        if (slow.LoadTotal)
        {
            (rule, index) = rules.SelectMany(r => Enumerable.Range(0, r.Doc.Titles.Count).Select(i => (Rule: r, Index: i)))
                .OrderByDescending(p => p.Rule.Matcher.SpentTicks(p.Index)).First();
            var heaviest = rule.Doc.Titles[index];
            diagnostics.Error(DiagnosticCodes.TitlePatternTooSlow, rule.Doc.File, heaviest.Line, heaviest.Column, FormattableString.Invariant(
                $"The title patterns together took more than the {clock.Total.TotalSeconds:0.#} s a load may spend matching titles (RuleSetLoadOptions.MaxTotalTitlePatternTime), so the load stopped; the pattern '{heaviest.Value}' of rule '{rule.Doc.Id}' took the most, {TitleClock.ToTimeSpan(rule.Matcher.SpentTicks(index)).TotalSeconds:0.0#} s: {rewrite}."));
            return;
        }

        var title = rule.Doc.Titles[index];
        var shown = slow.Title.Length > 60 ? $"{slow.Title[..60]}..." : slow.Title;
        diagnostics.Error(DiagnosticCodes.TitlePatternTooSlow, rule.Doc.File, title.Line, title.Column, FormattableString.Invariant(
            $"The title pattern '{title.Value}' of rule '{rule.Doc.Id}' took more than the {clock.PerPattern.TotalSeconds:0.0##} s one pattern may spend matching titles in a load (RuleSetLoadOptions.MaxTitlePatternTime) and was stopped at the title '{shown}': {rewrite}."));
    }

    // An override's maximum-from that gives nothing (the equivalent has no maximum of its own) is a warning at it.
    private static void ReportEquivalentsWithoutMaximum(List<OffenceDoc> docs, Offence[] offences, string where, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < offences.Length; i++)
        {
            if (docs[i].MaximumFrom is { } from && offences[i].MaximumPenaltySource != MaximumPenaltySource.Equivalent && docs[i].MaximumPenalty is null)
            {
                diagnostics.Warning(DiagnosticCodes.MaximumFromHasNoEffect, docs[i].File, from.Line, from.Column, $"The offence '{docs[i].Code}' takes its maximum from '{from.Value}', which has no maximum of its own in {where}; name an equivalent with one, or give '{RuleFileFormat.Max}'.");
            }
        }
    }

    private sealed record CheckedRule(RuleDoc Doc, RuleMatcher Matcher);
}
