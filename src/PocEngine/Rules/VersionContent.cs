using System.Collections.Generic;

namespace PocEngine;

// Everything a compiled version holds apart from its label, date and description: the part its hash covers. One
// record carries it from VersionCompiler to RuleSetVersion, which exposes it, and to ContentHash, which hashes it, so a
// new part is added in one place and the compiler cannot be built without giving it. The lists are read-only copies.
internal sealed class VersionContent
{
    public VersionContent(
        string ruleSetId,
        IEnumerable<Category> categories,
        IEnumerable<RankingKey> ordering,
        IEnumerable<CategoryRule> categoryRules,
        Category fallbackCategory,
        bool deriveInchoateMaximum,
        bool deriveClassMaximum,
        HomeOfficeTable homeOfficeTable,
        IEnumerable<Offence> offences)
    {
        RuleSetId = ruleSetId;
        Categories = ReadOnly.Copy(categories);
        Ordering = ReadOnly.Copy(ordering);
        CategoryRules = ReadOnly.Copy(categoryRules);
        FallbackCategory = fallbackCategory;
        DeriveInchoateMaximum = deriveInchoateMaximum;
        DeriveClassMaximum = deriveClassMaximum;
        HomeOfficeTable = homeOfficeTable;
        Offences = ReadOnly.Copy(offences);
    }

    public string RuleSetId { get; }

    public IReadOnlyList<Category> Categories { get; }

    public IReadOnlyList<RankingKey> Ordering { get; }

    public IReadOnlyList<CategoryRule> CategoryRules { get; }

    public Category FallbackCategory { get; }

    public bool DeriveInchoateMaximum { get; }

    public bool DeriveClassMaximum { get; }

    public HomeOfficeTable HomeOfficeTable { get; }

    // Sorted by code (ordinal).
    public IReadOnlyList<Offence> Offences { get; }
}
