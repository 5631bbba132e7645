using System;
using System.Collections.Generic;
using PocEngine.Loading;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace PocEngine.Validation;

// Places every catalogue entry: eligibility first, then a hand-set category, then the category rules
// (OffencePlacement). Bases are placed before inchoate variants, so a variant can inherit its base's placement.
internal sealed class CatalogueResolver
{
    private readonly List<OffenceDoc> docs;
    private readonly IReadOnlyList<RuleMatcher> rules;
    private readonly IReadOnlyDictionary<string, Category> categoriesById;
    private readonly Category fallback;
    private readonly HomeOfficeTable table;
    private readonly bool deriveInchoateMaximum;
    private readonly Dictionary<(string Class, string Mode), MaximumPenalty?>? classMaximum;
    private readonly Dictionary<string, MaximumPenalty?>? variantMaximum;
    private readonly Dictionary<string, int> indexByCode;
    private readonly Offence?[] resolved;

    public CatalogueResolver(List<OffenceDoc> docs, IReadOnlyList<RuleMatcher> rules, IReadOnlyDictionary<string, Category> categoriesById, Category fallback, HomeOfficeTable table, bool deriveInchoateMaximum, bool deriveClassMaximum)
    {
        this.docs = docs;
        this.rules = rules;
        this.categoriesById = categoriesById;
        this.fallback = fallback;
        this.table = table;
        this.deriveInchoateMaximum = deriveInchoateMaximum;
        indexByCode = new Dictionary<string, int>(docs.Count, StringComparer.Ordinal);
        for (var i = 0; i < docs.Count; i++)
        {
            indexByCode[docs[i].Code] = i;
        }

        resolved = new Offence?[docs.Count];
        classMaximum = deriveClassMaximum ? ClassMaxima(docs) : null;
        variantMaximum = deriveInchoateMaximum ? VariantMaxima(docs) : null;
    }

    // For each base code, the one maximum its inchoate variants agree on, null where two of them disagree: a base that
    // has none takes it, as an attempt, conspiracy or encouragement carries the maximum of the full offence.
    private static Dictionary<string, MaximumPenalty?> VariantMaxima(List<OffenceDoc> docs)
    {
        var agreed = new Dictionary<string, MaximumPenalty?>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            if (doc.MaximumPenalty is { } max && RuleMatcher.IsInchoate(doc.Code))
            {
                var key = doc.Code[..7];
                agreed[key] = !agreed.TryGetValue(key, out var seen) || seen == max ? max : null;
            }
        }

        return agreed;
    }

    // For each Home Office class and mode, the one maximum its catalogue entries agree on, when at least two give one;
    // null where they disagree.
    private static Dictionary<(string Class, string Mode), MaximumPenalty?> ClassMaxima(List<OffenceDoc> docs)
    {
        var agreed = new Dictionary<(string Class, string Mode), MaximumPenalty?>();
        var counts = new Dictionary<(string Class, string Mode), int>();
        foreach (var doc in docs)
        {
            if (doc is { HomeOfficeClass: { } cls, MaximumPenalty: { } max })
            {
                var key = (cls, doc.CjsCategory);
                agreed[key] = !agreed.TryGetValue(key, out var seen) || seen == max ? max : null;
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        foreach (var (key, count) in counts)
        {
            if (count < 2)
            {
                agreed[key] = null;
            }
        }

        return agreed;
    }

    // Every entry is placed on its own, except that an inchoate variant reads its base's placement: so the entries
    // that are not inchoate variants are placed first, then the variants, each group in parallel. A title pattern that
    // runs out of time stops the placing; the one reported is the first in catalogue order of its group, as Break
    // lets every earlier entry finish, so the diagnostic is the same on every run.
    public Offence[] Resolve()
    {
        var bases = new List<int>(docs.Count);
        var variants = new List<int>();
        for (var i = 0; i < docs.Count; i++)
        {
            (RuleMatcher.IsInchoate(docs[i].Code) ? variants : bases).Add(i);
        }

        PlaceAll(bases);
        PlaceAll(variants);
        var result = new Offence[docs.Count];
        for (var i = 0; i < docs.Count; i++)
        {
            result[i] = resolved[i]!;
        }

        return result;
    }

    private void PlaceAll(List<int> indexes)
    {
        var failures = new TitlePatternTooSlowException?[indexes.Count];
        System.Threading.Tasks.Parallel.For(0, indexes.Count, (i, loop) =>
        {
            try
            {
                ResolveAt(indexes[i]);
            }
            catch (TitlePatternTooSlowException ex)
            {
                failures[i] = ex;
                loop.Break();
            }
        });

        if (Array.Find(failures, f => f is not null) is { } first)
        {
            ExceptionDispatchInfo.Capture(first).Throw();
        }
    }

    [MethodImpl(Optimization.Aggressive)]
    private void ResolveAt(int index)
    {
        var doc = docs[index];
        var group = table.GroupOf(doc.HomeOfficeClass);
        var (max, source) = Maximum(doc);
        Category? category = null;
        string classifiedBy;
        if (!ModeOfTrialCodes.TryGetModeOfTrial(doc.CjsCategory, out var mode))
        {
            classifiedBy = ClassifiedBy.NotAnOffence;
        }
        else if (doc.Category is not null)
        {
            category = categoriesById[doc.Category.Value];
            classifiedBy = ClassifiedBy.Override;
        }
        else
        {
            (category, classifiedBy) = OffencePlacement.Place(rules, fallback, new OffenceFacts(doc.Code, mode, doc.HomeOfficeClass, group, doc.Title), this, static (self, baseCode) => self.BaseOf(baseCode));
        }

        var offence = new Offence
        {
            Code = doc.Code,
            Title = doc.Title,
            CjsCategory = doc.CjsCategory,
            ModeOfTrial = classifiedBy == ClassifiedBy.NotAnOffence ? null : mode,
            HomeOfficeClass = doc.HomeOfficeClass,
            HomeOfficeGroup = group,
            MaximumPenalty = max,
            MaximumPenaltySource = source,
            Category = category,
            ClassifiedBy = classifiedBy,
        };
        resolved[index] = offence;
    }

    // A base code is seven characters, never an inchoate variant, so it was placed in the first group.
    private Offence? BaseOf(string baseCode) => indexByCode.TryGetValue(baseCode, out var baseIndex) ? resolved[baseIndex] : null;

    // Where a maximum comes from, first found wins: the entry's own; the equivalent an override names; the base of an
    // inchoate variant, or the agreed maximum of a base's inchoate variants; the agreed maximum of the other entries of
    // its Home Office class and mode.
    private (MaximumPenalty? Max, MaximumPenaltySource Source) Maximum(OffenceDoc doc)
    {
        if (doc.MaximumPenalty is { } own)
        {
            return (own, MaximumPenaltySource.Catalogue);
        }

        if (doc.MaximumFrom is { } from && indexByCode.TryGetValue(from.Value, out var equivalentIndex) && docs[equivalentIndex].MaximumPenalty is { } equivalent)
        {
            return (equivalent, MaximumPenaltySource.Equivalent);
        }

        if (deriveInchoateMaximum && RuleMatcher.IsInchoate(doc.Code)
            && indexByCode.TryGetValue(doc.Code[..7], out var baseIndex) && docs[baseIndex].MaximumPenalty is { } inherited)
        {
            return (inherited, MaximumPenaltySource.InchoateBase);
        }

        if (variantMaximum is not null && variantMaximum.TryGetValue(doc.Code, out var fromVariants) && fromVariants is { } shared)
        {
            return (shared, MaximumPenaltySource.InchoateVariants);
        }

        if (classMaximum is not null && doc.HomeOfficeClass is { } cls && classMaximum.TryGetValue((cls, doc.CjsCategory), out var peers) && peers is { } agreed)
        {
            return (agreed, MaximumPenaltySource.HomeOfficeClassPeers);
        }

        return (null, MaximumPenaltySource.None);
    }
}
