using System;
using System.Collections.Generic;

namespace PocEngine.Loading;

// The mutable, YamlDotNet-shaped middle stage: what one rule file said, with the node of every value for diagnostics.
// VersionDraft and VersionCompiler (Validation) merge these into immutable versions; nothing here is public.
internal sealed class ParsedRuleFile
{
    public ParsedRuleFile(string path, RuleFileKind kind)
    {
        Path = path;
        Kind = kind;
    }

    public string Path { get; }

    public RuleFileKind Kind { get; }

    public HeaderDoc? Header { get; set; }

    public Section<List<CategoryDoc>>? Categories { get; set; }

    public Section<List<Located<RankingKey>>>? Ordering { get; set; }

    public Section<List<RuleDoc>>? CategoryRules { get; set; }

    public Section<Located<string>>? FallbackCategory { get; set; }

    public Section<bool>? DeriveInchoateMaximum { get; set; }

    public Section<bool>? DeriveClassMaximum { get; set; }

    public List<HomeOfficeClassDoc> HomeOfficeClasses { get; } = [];

    public List<OffenceDoc> Offences { get; } = [];

    public List<OffenceOverrideDoc> OffenceOverrides { get; } = [];

    public List<Located<string>> RemovedOffences { get; } = [];

    public List<ManifestEntryDoc> CatalogueManifest { get; } = [];
}

internal enum RuleFileKind
{
    Header,
    Content,
    VersionChanges,
    CatalogueManifest,
}

// One line of the catalogue manifest: a file 'poc import' wrote, how many entries it wrote there, and the SHA-256 of
// its text.
internal sealed record ManifestEntryDoc(string File, int Entries, string Sha256, int Line, int Column);

internal sealed record Located<T>(T Value, int Line, int Column)
{
    public static Located<T> At(T value, DocumentNode node) => new(value, node.Line, node.Column);
}

internal sealed record Section<T>(T Value, string File, int Line, int Column);

internal sealed class HeaderDoc
{
    public int? SchemaVersion { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public int Line { get; set; }

    public List<VersionDoc> Versions { get; } = [];

    // The 'changes' of every version entry, valid or not, as written.
    public List<string> ChangesFiles { get; } = [];
}

internal sealed class VersionDoc
{
    public required string Label { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public string? Description { get; init; }

    public Located<string>? Changes { get; init; }

    public int Line { get; init; }

    public int Column { get; init; }
}

internal sealed class CategoryDoc
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required int Precedence { get; init; }

    public required string File { get; init; }

    public int Line { get; init; }

    public int Column { get; init; }
}

internal sealed class RuleDoc
{
    public required string Id { get; init; }

    public Located<string>? Category { get; init; }

    // Each condition's values as written, where they are written, in the order of RuleConditionKinds.All.
    public List<Located<string>>[] Conditions { get; } = RuleConditionKinds.NewLists<Located<string>>();

    public List<Located<string>> Titles => ValuesOf(RuleConditionKinds.Title);

    public string? Reason { get; init; }

    public required string File { get; init; }

    public int Line { get; init; }

    public int Column { get; init; }

    public List<Located<string>> ValuesOf(RuleConditionKinds.Descriptor kind) => Conditions[kind.Index];
}

internal sealed class HomeOfficeClassDoc
{
    public required string Class { get; init; }

    public required string Group { get; init; }

    public string? Title { get; init; }

    public required string File { get; init; }

    public int Line { get; init; }

    public int Column { get; init; }
}

internal sealed class OffenceDoc
{
    public required string Code { get; init; }

    public required string Title { get; init; }

    public required string CjsCategory { get; init; }

    public string? HomeOfficeClass { get; init; }

    public MaximumPenalty? MaximumPenalty { get; init; }

    // The code whose maximum this offence takes when it has none of its own (an override's maximum-from).
    public Located<string>? MaximumFrom { get; init; }

    public Located<string>? Category { get; init; }

    public required string File { get; init; }

    public int Line { get; init; }

    public int Column { get; init; }
}

internal sealed class OffenceOverrideDoc
{
    public required string Code { get; init; }

    public string? Title { get; init; }

    public string? CjsCategory { get; init; }

    public string? HomeOfficeClass { get; init; }

    public MaximumPenalty? MaximumPenalty { get; init; }

    public Located<string>? MaximumFrom { get; init; }

    public Located<string>? Category { get; init; }

    public string? Reason { get; init; }

    public required string File { get; init; }

    public int Line { get; init; }

    public int Column { get; init; }
}
