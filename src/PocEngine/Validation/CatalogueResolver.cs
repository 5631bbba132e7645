using System;
using System.Collections.Generic;
using PocEngine.Loading;
using System.Runtime.CompilerServices;

namespace PocEngine.Validation;

// Places every catalogue entry: eligibility first, then a hand-set category, then the category rules
// (OffencePlacement). A base code is resolved on demand, so an inchoate variant can inherit whatever the order.
internal sealed class CatalogueResolver
{
    private readonly List<OffenceDoc> docs;
    private readonly IReadOnlyList<RuleMatcher> rules;
    private readonly IReadOnlyDictionary<string, Category> categoriesById;
    private readonly Category fallback;
    private readonly HomeOfficeTable table;
    private readonly bool deriveInchoateMaximum;
    private readonly Dictionary<string, int> indexByCode;
    private readonly Offence?[] resolved;

    public CatalogueResolver(List<OffenceDoc> docs, IReadOnlyList<RuleMatcher> rules, IReadOnlyDictionary<string, Category> categoriesById, Category fallback, HomeOfficeTable table, bool deriveInchoateMaximum)
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
    }

    [MethodImpl(Optimization.Aggressive)] // Runs once per load over every offence: see FlowLineReader.
    public Offence[] Resolve()
    {
        var result = new Offence[docs.Count];
        for (var i = 0; i < docs.Count; i++)
        {
            result[i] = ResolveAt(i);
        }

        return result;
    }

    [MethodImpl(Optimization.Aggressive)]
    private Offence ResolveAt(int index)
    {
        if (resolved[index] is { } done)
        {
            return done;
        }

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
            (category, classifiedBy) = OffencePlacement.Place(rules, fallback, doc.Code, mode, doc.HomeOfficeClass, group, doc.Title, this, static (self, baseCode) => self.BaseOf(baseCode));
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
        return offence;
    }

    private Offence? BaseOf(string baseCode) => indexByCode.TryGetValue(baseCode, out var baseIndex) ? ResolveAt(baseIndex) : null;

    private (MaximumPenalty? Max, MaximumPenaltySource Source) Maximum(OffenceDoc doc)
    {
        if (doc.MaximumPenalty is { } own)
        {
            return (own, MaximumPenaltySource.Catalogue);
        }

        if (deriveInchoateMaximum && RuleMatcher.IsInchoate(doc.Code)
            && indexByCode.TryGetValue(doc.Code[..7], out var baseIndex) && docs[baseIndex].MaximumPenalty is { } inherited)
        {
            return (inherited, MaximumPenaltySource.InchoateBase);
        }

        return (null, MaximumPenaltySource.None);
    }
}
