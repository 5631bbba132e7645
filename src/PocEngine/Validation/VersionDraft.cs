using System;
using System.Collections.Generic;
using System.Globalization;
using PocEngine.Loading;
using System.Runtime.CompilerServices;

namespace PocEngine.Validation;

// The working content of one version while it is built: the base files merged, then each version's changes applied
// in date order. Mutable and internal; VersionCompiler turns it into an immutable RuleSetVersion.
internal sealed class VersionDraft
{
    public Section<List<CategoryDoc>>? Categories { get; private set; }

    public Section<List<Located<RankingKey>>>? Ordering { get; private set; }

    public Section<List<RuleDoc>>? CategoryRules { get; private set; }

    public Section<Located<string>>? FallbackCategory { get; private set; }

    public Section<bool>? DeriveInchoateMaximum { get; private set; }

    public Section<bool>? DeriveClassMaximum { get; private set; }

    public Dictionary<string, HomeOfficeClassDoc> HomeOfficeClasses { get; private set; } = new(StringComparer.Ordinal);

    public Dictionary<string, OffenceDoc> Offences { get; private set; } = new(StringComparer.Ordinal);

    public Dictionary<string, OffenceDoc> Overrides { get; private set; } = new(StringComparer.Ordinal);

    public VersionDraft Clone() => new()
    {
        Categories = Categories,
        Ordering = Ordering,
        CategoryRules = CategoryRules,
        FallbackCategory = FallbackCategory,
        DeriveInchoateMaximum = DeriveInchoateMaximum,
        DeriveClassMaximum = DeriveClassMaximum,
        HomeOfficeClasses = new(HomeOfficeClasses, StringComparer.Ordinal),
        Offences = new(Offences, StringComparer.Ordinal),
        Overrides = new(Overrides, StringComparer.Ordinal),
    };

    // Adds a base file: each section may be defined by one file only; list entries may be spread over files.
    public void AddBase(ParsedRuleFile file, DiagnosticBag diagnostics)
    {
        Categories = Single(Categories, file.Categories, RuleFileFormat.Categories, diagnostics);
        Ordering = Single(Ordering, file.Ordering, RuleFileFormat.Ordering, diagnostics);
        CategoryRules = Single(CategoryRules, file.CategoryRules, RuleFileFormat.CategoryRules, diagnostics);
        FallbackCategory = Single(FallbackCategory, file.FallbackCategory, RuleFileFormat.FallbackCategory, diagnostics);
        DeriveInchoateMaximum = Single(DeriveInchoateMaximum, file.DeriveInchoateMaximum, RuleFileFormat.DeriveInchoateMaximum, diagnostics);
        DeriveClassMaximum = Single(DeriveClassMaximum, file.DeriveClassMaximum, RuleFileFormat.DeriveClassMaximum, diagnostics);
        AddEntries(file, diagnostics, replace: false);
    }

    // Applies a version's changes: a section given replaces the previous one whole; offences, overrides and Home
    // Office classes are added or replaced by key, and removed offences leave the catalogue.
    public void ApplyChanges(ParsedRuleFile file, DiagnosticBag diagnostics)
    {
        Categories = file.Categories ?? Categories;
        Ordering = file.Ordering ?? Ordering;
        CategoryRules = file.CategoryRules ?? CategoryRules;
        FallbackCategory = file.FallbackCategory ?? FallbackCategory;
        DeriveInchoateMaximum = file.DeriveInchoateMaximum ?? DeriveInchoateMaximum;
        DeriveClassMaximum = file.DeriveClassMaximum ?? DeriveClassMaximum;
        foreach (var removed in file.RemovedOffences)
        {
            if (!Offences.Remove(removed.Value))
            {
                diagnostics.Error(DiagnosticCodes.UnknownRemovedOffence, file.Path, removed.Line, removed.Column, $"The offence '{removed.Value}' cannot be removed: the previous version's catalogue does not hold it.");
            }

            Overrides.Remove(removed.Value);
        }

        AddEntries(file, diagnostics, replace: true);
    }

    [MethodImpl(Optimization.Aggressive)] // Runs once per load over every offence: see FlowLineReader.
    private void AddEntries(ParsedRuleFile file, DiagnosticBag diagnostics, bool replace)
    {
        var seenHere = replace ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var offence in file.Offences)
        {
            if (replace ? !seenHere!.Add(offence.Code) : Offences.TryGetValue(offence.Code, out _))
            {
                var first = replace ? null : Offences[offence.Code];
                var where = first is null ? "earlier in this file" : FormattableString.Invariant($"first at {first.File} line {first.Line}");
                diagnostics.Error(DiagnosticCodes.DuplicateOffence, file.Path, offence.Line, offence.Column, $"The offence code '{offence.Code}' is listed twice ({where}); list each code once.");
                continue;
            }

            Offences[offence.Code] = offence;
        }

        var overridesHere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in file.OffenceOverrides)
        {
            if (!overridesHere.Add(entry.Code) || (!replace && Overrides.ContainsKey(entry.Code)))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateOffence, file.Path, entry.Line, entry.Column, $"The offence code '{entry.Code}' has two overrides; give each code one override with every field it changes.");
                continue;
            }

            Overrides[entry.Code] = entry;
        }

        var classesHere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cls in file.HomeOfficeClasses)
        {
            if (!classesHere.Add(cls.Class) || (!replace && HomeOfficeClasses.ContainsKey(cls.Class)))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateHomeOfficeClass, file.Path, cls.Line, cls.Column, $"The Home Office classification '{cls.Class}' is listed twice; list each classification once.");
                continue;
            }

            HomeOfficeClasses[cls.Class] = cls;
        }
    }

    private static Section<T>? Single<T>(Section<T>? current, Section<T>? added, string key, DiagnosticBag diagnostics)
    {
        if (added is null)
        {
            return current;
        }

        if (current is not null)
        {
            diagnostics.Error(DiagnosticCodes.DuplicateSection, added.File, added.Line, added.Column, FormattableString.Invariant($"The section '{key}' is already defined in {current.File} at line {current.Line}; define each section in one file."));
            return current;
        }

        return added;
    }
}
