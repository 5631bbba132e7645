using System;
using System.Collections.Generic;
using PocEngine.Calculation;
using PocEngine.Validation;

namespace PocEngine;

/// <summary>Holds one version of a rule set: its categories, ordering, rules and compiled offence catalogue.</summary>
/// <remarks>Immutable and safe to share between threads. <see cref="Hash"/> identifies its content exactly.</remarks>
public sealed class RuleSetVersion
{
    private readonly Dictionary<string, Category> categoriesById;

    internal RuleSetVersion(VersionContent content, string label, DateOnly effectiveFrom, string? description, IReadOnlyList<RuleMatcher> matchers)
    {
        Content = content;
        Label = label;
        EffectiveFromDay = effectiveFrom;
        Description = description;
        Matchers = matchers;
        // The hash and the compiled lookup are independent: the hash is computed on another core meanwhile.
        var hashing = System.Threading.Tasks.Task.Run(() => ContentHash.Compute(content));
        categoriesById = new Dictionary<string, Category>(StringComparer.Ordinal);
        foreach (var category in content.Categories)
        {
            categoriesById[category.Id] = category;
        }

        Compiled = new CompiledVersion(this);
        Hash = hashing.GetAwaiter().GetResult();
    }

    /// <summary>Gets the id of the rule set this version belongs to, for example <c>cps</c>.</summary>
    public string RuleSetId => Content.RuleSetId;

    /// <summary>Gets the version's label, for example <c>2025.1</c>.</summary>
    public string Label { get; }

#if !NETSTANDARD2_0
    /// <summary>Gets the first finalisation date on which the version is in force.</summary>
    public DateOnly EffectiveFrom => EffectiveFromDay;
#endif

    /// <summary>Gets the first finalisation date on which the version is in force, as a <see cref="DateTime"/> at midnight of unspecified kind, for hosts without <c>DateOnly</c>.</summary>
    public DateTime EffectiveFromDateTime => PocDates.ToDateTime(EffectiveFromDay);

    // The first date in force, as the engine uses it on every build.
    internal DateOnly EffectiveFromDay { get; }

    /// <summary>Gets the version's description, where the rule set gives one.</summary>
    public string? Description { get; }

    /// <summary>Gets the SHA-256 of the version's canonical content, as 64 lower-case hex digits.</summary>
    /// <remarks>
    /// The hash covers categories, ordering, category rules, fallback, Home Office table and every compiled offence;
    /// it does not depend on whitespace, key order, comments or how the content is split into files, nor on the
    /// version's label or date.
    /// </remarks>
    public string Hash { get; }

    /// <summary>Gets the categories, most serious first.</summary>
    public IReadOnlyList<Category> Categories => Content.Categories;

    /// <summary>Gets the keys that rank charges, most significant first; the last is always <see cref="RankingKey.OffenceCode"/>.</summary>
    public IReadOnlyList<RankingKey> Ordering => Content.Ordering;

    /// <summary>Gets the category rules in the order they are tried.</summary>
    public IReadOnlyList<CategoryRule> CategoryRules => Content.CategoryRules;

    /// <summary>Gets the category of an eligible offence that no rule places.</summary>
    public Category FallbackCategory => Content.FallbackCategory;

    /// <summary>Gets a value indicating whether an inchoate variant without a maximum takes its base offence's.</summary>
    public bool DeriveInchoateMaximum => Content.DeriveInchoateMaximum;

    /// <summary>Gets a value indicating whether an offence without a maximum takes the one its Home Office class and mode agree on.</summary>
    public bool DeriveClassMaximum => Content.DeriveClassMaximum;

    /// <summary>Gets the compiled offence catalogue, sorted by code (ordinal).</summary>
    public IReadOnlyList<Offence> Offences => Content.Offences;

    internal HomeOfficeTable HomeOfficeTable => Content.HomeOfficeTable;

    internal VersionContent Content { get; }

    internal IReadOnlyList<RuleMatcher> Matchers { get; }

    internal CompiledVersion Compiled { get; }

    /// <summary>Finds an offence of the catalogue by its exact code.</summary>
    /// <param name="code">The CJS offence code.</param>
    /// <param name="offence">The offence, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the catalogue holds the code.</returns>
    public bool TryGetOffence(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Offence? offence)
    {
        ArgumentNullException.ThrowIfNull(code);
        var index = Compiled.IndexOf(code);
        offence = index >= 0 ? Compiled.OffenceAt(index) : null;
        return offence is not null;
    }

    /// <summary>Finds a category by its id.</summary>
    /// <param name="id">The category id, for example <c>robbery</c>.</param>
    /// <param name="category">The category, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the version defines the category.</returns>
    public bool TryGetCategory(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Category? category)
    {
        ArgumentNullException.ThrowIfNull(id);
        return categoriesById.TryGetValue(id, out category);
    }

    /// <summary>Returns the rule set id, label and the start of the hash, for example <c>cps 2025.1 (3f2a9c1e)</c>.</summary>
    /// <returns>The short description.</returns>
    public override string ToString() => $"{RuleSetId} {Label} ({Hash[..8]})";
}
