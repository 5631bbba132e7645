using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PocEngine.Loading;

namespace PocEngine.Validation;

// Checks one version's merged content and compiles it: every offence gets its facts, category and the rule that
// placed it, so that nothing is matched at calculation time.
internal static partial class VersionCompiler
{
    public static RuleSetVersion? Compile(string ruleSetId, VersionDoc version, VersionDraft draft, TitleClock titleClock, RuleSetLoadOptions options, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var where = $"version '{version.Label}'";
        var categories = CheckCategories(draft, version, where, diagnostics);
        var ordering = CheckOrdering(draft, version, where, diagnostics);
        var byId = new Dictionary<string, Category>(StringComparer.Ordinal);
        foreach (var category in categories)
        {
            byId.TryAdd(category.Id, category);
        }

        Category? fallback = null;
        if (draft.FallbackCategory is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingPart, RuleFileFormat.HeaderFile, version.Line, version.Column, $"The rule set has no '{RuleFileFormat.FallbackCategory}' for {where}; name the category of an offence that no rule places.");
        }
        else
        {
            fallback = Resolve(byId, draft.FallbackCategory.Value.Value, draft.FallbackCategory.File, draft.FallbackCategory.Value, diagnostics);
        }

        var table = new HomeOfficeTable(draft.HomeOfficeClasses.Values.Select(c => new KeyValuePair<string, string>(c.Class, c.Group)));
        var rules = CheckRules(draft, byId, table, titleClock, diagnostics);
        var offences = MergeOverrides(draft, byId, diagnostics);
        if (offences.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.MissingPart, RuleFileFormat.HeaderFile, version.Line, version.Column, $"The rule set has no offences for {where}: the catalogue (offences/*.yaml, written by 'poc import') is missing or empty; run 'poc import', or restore the offences folder.");
        }
        else if (offences.Count > options.MaxOffences)
        {
            diagnostics.Error(DiagnosticCodes.TooLarge, RuleFileFormat.HeaderFile, version.Line, version.Column, FormattableString.Invariant($"The rule set's {where} has {offences.Count} offences; the limit is {options.MaxOffences}, set in RuleSetLoadOptions.MaxOffences."));
        }

        if (diagnostics.ErrorCount > errorsBefore || fallback is null)
        {
            return null;
        }

        var deriveMaximum = draft.DeriveInchoateMaximum?.Value ?? false;
        var deriveClassMaximum = draft.DeriveClassMaximum?.Value ?? false;
        var matchers = rules.Select(r => r.Matcher).ToArray();
        Offence[] resolved;
        try
        {
            resolved = new CatalogueResolver(offences, matchers, byId, fallback, table, deriveMaximum, deriveClassMaximum).Resolve();
        }
        catch (TitlePatternTooSlowException ex)
        {
            ReportSlowTitlePattern(rules, ex, diagnostics);
            return null;
        }

        // The usage reports only read the placed catalogue, so they run while the version is hashed and compiled, into
        // their own diagnostics, added after: the same diagnostics in the same order as one after the other. Usage
        // figures of a load that already failed would describe a partial catalogue, so they are left out.
        var usage = new DiagnosticBag();
        var report = diagnostics.ErrorCount == 0;
        var ruleModels = rules.Select(r => r.Matcher.Rule).ToArray();
        var content = new VersionContent(ruleSetId, categories, ordering, ruleModels, fallback, deriveMaximum, deriveClassMaximum, table, resolved);
        RuleSetVersion? built = null;
        System.Threading.Tasks.Parallel.Invoke(
            () =>
            {
                if (report)
                {
                    ReportRuleUse(rules, resolved, where, usage);
                    ReportUnknownHomeOfficeClasses(offences, resolved, where, usage);
                    ReportEquivalentsWithoutMaximum(offences, resolved, where, usage);
                }
            },
            () => built = new RuleSetVersion(content, version.Label, version.EffectiveFrom, version.Description, matchers));
        foreach (var diagnostic in usage.Items)
        {
            diagnostics.Add(diagnostic);
        }

        return built;
    }

    private static Category[] CheckCategories(VersionDraft draft, VersionDoc version, string where, DiagnosticBag diagnostics)
    {
        if (draft.Categories is null || draft.Categories.Value.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.MissingPart, RuleFileFormat.HeaderFile, version.Line, version.Column, $"The rule set has no '{RuleFileFormat.Categories}' for {where}; list each category with its id, name and precedence.");
            return [];
        }

        var ids = new Dictionary<string, CategoryDoc>(StringComparer.Ordinal);
        var precedences = new Dictionary<int, CategoryDoc>();
        var result = new List<Category>();
        foreach (var doc in draft.Categories.Value)
        {
            if (!ids.TryAdd(doc.Id, doc))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateCategory, doc.File, doc.Line, doc.Column, FormattableString.Invariant($"The category id '{doc.Id}' is defined twice (first at line {ids[doc.Id].Line}); give each category a unique id."));
                continue;
            }

            if (!precedences.TryAdd(doc.Precedence, doc))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateCategory, doc.File, doc.Line, doc.Column, FormattableString.Invariant($"The categories '{precedences[doc.Precedence].Id}' and '{doc.Id}' share precedence {doc.Precedence}; precedence must order the categories strictly."));
                continue;
            }

            result.Add(new Category(doc.Id, doc.Name, doc.Precedence));
        }

        return [.. result.OrderBy(c => c.Precedence)];
    }

    private static RankingKey[] CheckOrdering(VersionDraft draft, VersionDoc version, string where, DiagnosticBag diagnostics)
    {
        if (draft.Ordering is null || draft.Ordering.Value.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.MissingPart, RuleFileFormat.HeaderFile, version.Line, version.Column, $"The rule set has no '{RuleFileFormat.Ordering}' for {where}; list the ranking keys, most significant first, ending with {RankingKeys.Of(RankingKey.OffenceCode).Name}.");
            return [];
        }

        var section = draft.Ordering;
        var seen = new HashSet<RankingKey>();
        foreach (var key in section.Value)
        {
            if (!seen.Add(key.Value))
            {
                diagnostics.Error(DiagnosticCodes.OrderingNotTotal, section.File, key.Line, key.Column, $"The ordering lists '{RankingKeys.Of(key.Value).Name}' twice; list each key once.");
            }
        }

        var last = section.Value[^1];
        if (!seen.Contains(RankingKey.OffenceCode))
        {
            diagnostics.Error(DiagnosticCodes.OrderingNotTotal, section.File, section.Line, section.Column, $"The ordering is not a total order: it must end with '{RankingKeys.Of(RankingKey.OffenceCode).Name}', the only key on which two different offences always differ.");
        }
        else if (last.Value != RankingKey.OffenceCode)
        {
            diagnostics.Error(DiagnosticCodes.OrderingNotTotal, section.File, last.Line, last.Column, $"The ordering ranks '{RankingKeys.Of(last.Value).Name}' after '{RankingKeys.Of(RankingKey.OffenceCode).Name}', where it can never decide; end the ordering with '{RankingKeys.Of(RankingKey.OffenceCode).Name}'.");
        }

        return [.. section.Value.Select(k => k.Value).Distinct()];
    }

    private static Category? Resolve(Dictionary<string, Category> byId, string id, string file, Located<string> at, DiagnosticBag diagnostics)
    {
        if (byId.TryGetValue(id, out var category))
        {
            return category;
        }

        if (byId.Count == 0)
        {
            // The missing categories are already reported; every reference would only repeat it.
            return null;
        }

        diagnostics.Error(DiagnosticCodes.UnknownCategory, file, at.Line, at.Column, $"The category '{id}' is not defined; use one of the ids under '{RuleFileFormat.Categories}'.{MappingReader.DidYouMean(id, byId.Keys.ToArray())}");
        return null;
    }
}
