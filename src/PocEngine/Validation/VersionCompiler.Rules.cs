using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PocEngine.Loading;
using System.Runtime.CompilerServices;

namespace PocEngine.Validation;

internal static partial class VersionCompiler
{
    private static List<CheckedRule> CheckRules(VersionDraft draft, Dictionary<string, Category> byId, HomeOfficeTable table, DiagnosticBag diagnostics)
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

            var hasConditions = doc.Codes.Count + doc.Modes.Count + doc.HomeOfficeClasses.Count + doc.HomeOfficeGroups.Count > 0 || doc.InchoateBase;
            if (!hasConditions)
            {
                diagnostics.Error(DiagnosticCodes.InvalidRule, doc.File, doc.Line, doc.Column, $"The rule '{doc.Id}' has no condition and would match every offence; give it a condition, or use 'fallback-category' for what no rule places.");
                continue;
            }

            Category? category = null;
            if (doc.InchoateBase && doc.Category is not null)
            {
                diagnostics.Error(DiagnosticCodes.InvalidRule, doc.File, doc.Category.Line, doc.Category.Column, $"The rule '{doc.Id}' takes the inchoate base's category and also names '{doc.Category.Value}'; give one or the other.");
                continue;
            }

            if (!doc.InchoateBase)
            {
                if (doc.Category is null)
                {
                    diagnostics.Error(DiagnosticCodes.InvalidRule, doc.File, doc.Line, doc.Column, $"The rule '{doc.Id}' names no 'category'; every rule gives a category, except one with 'inchoate-base: true'.");
                    continue;
                }

                category = Resolve(byId, doc.Category.Value, doc.File, doc.Category, diagnostics);
                if (category is null)
                {
                    continue;
                }
            }

            foreach (var group in doc.HomeOfficeGroups)
            {
                if (!table.HasGroup(group.Value))
                {
                    diagnostics.Warning(DiagnosticCodes.RuleMatchesNothing, doc.File, group.Line, group.Column, $"The rule '{doc.Id}' names the Home Office group '{group.Value}', which no classification in 'home-office-classes' has; check the spelling.");
                }
            }

            var model = new CategoryRule
            {
                Id = doc.Id,
                CategoryId = category?.Id,
                Codes = doc.Codes.Select(c => c.Value).ToArray(),
                Modes = doc.Modes.Select(m => m.Value).ToArray(),
                HomeOfficeClasses = doc.HomeOfficeClasses.Select(c => c.Value).ToArray(),
                HomeOfficeGroups = doc.HomeOfficeGroups.Select(g => g.Value).ToArray(),
                InchoateBase = doc.InchoateBase,
            };
            var shadow = result.FirstOrDefault(earlier => Covers(earlier.Matcher.Rule, model));
            if (shadow is not null)
            {
                diagnostics.Error(DiagnosticCodes.RuleNeverMatches, doc.File, doc.Line, doc.Column, FormattableString.Invariant($"The rule '{doc.Id}' can never match: the earlier rule '{shadow.Doc.Id}' (line {shadow.Doc.Line}) matches every offence it would; remove it or move it above."));
                continue;
            }

            result.Add(new CheckedRule(doc, new RuleMatcher(model, category)));
        }

        return result;
    }

    // True when every offence that the later rule matches is already matched by the earlier one: each condition of
    // the earlier rule is present in the later rule with values it covers. An inchoate-base rule only places an
    // offence when the base has a category, so it never shadows anything.
    private static bool Covers(CategoryRule earlier, CategoryRule later)
    {
        if (earlier.InchoateBase)
        {
            return false;
        }

        return CoversValues(earlier.Codes, later.Codes, CoversPattern)
            && CoversValues(earlier.Modes, later.Modes, (a, b) => a == b)
            && CoversValues(earlier.HomeOfficeClasses, later.HomeOfficeClasses, CoversPattern)
            && CoversValues(earlier.HomeOfficeGroups, later.HomeOfficeGroups, string.Equals);
    }

    private static bool CoversValues<T>(IReadOnlyList<T> earlier, IReadOnlyList<T> later, Func<T, T, bool> covers)
    {
        if (earlier.Count == 0)
        {
            return true;
        }

        return later.Count > 0 && later.All(value => earlier.Any(pattern => covers(pattern, value)));
    }

    private static bool CoversPattern(string pattern, string value)
    {
        if (pattern.EndsWith('*'))
        {
            var prefix = pattern[..^1];
            return value.StartsWith(prefix, StringComparison.Ordinal);
        }

        return string.Equals(pattern, value, StringComparison.Ordinal);
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
        }

        foreach (var doc in draft.Offences.Values)
        {
            if (!draft.Overrides.TryGetValue(doc.Code, out var entry))
            {
                offences.Add(doc);
                continue;
            }

            offences.Add(new OffenceDoc
            {
                Code = doc.Code,
                Title = entry.Title ?? doc.Title,
                CjsCategory = entry.CjsCategory ?? doc.CjsCategory,
                HomeOfficeClass = entry.HomeOfficeClass ?? doc.HomeOfficeClass,
                MaximumPenalty = entry.MaximumPenalty ?? doc.MaximumPenalty,
                Category = entry.Category ?? doc.Category,
                File = entry.File,
                Line = entry.Line,
                Column = entry.Column,
            });
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
        }

        if (fallbackCodes.Count > 0)
        {
            var sample = string.Join(", ", fallbackCodes.Take(10));
            var more = fallbackCodes.Count > 10 ? ", ..." : string.Empty;
            diagnostics.Warning(DiagnosticCodes.FallbackUsed, RuleFileParser.HeaderFileName, 0, 0, FormattableString.Invariant($"{fallbackCodes.Count} offence(s) of {where} are placed by the fallback category because no rule matches them ({sample}{more}); 'poc offences' lists them all."));
        }
    }

    private sealed record CheckedRule(RuleDoc Doc, RuleMatcher Matcher);
}
