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

    public List<OffenceDoc> OffenceOverrides { get; } = [];

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

// One entry of 'offences' or of 'offence-overrides', as read: OffenceFields declares its keys, how each is read and
// where it lands here. A catalogue entry has a code, title and mode, and the rest when given; an override has a code
// and a reason, and only the facts it changes (Gives says which).
internal sealed class OffenceDoc(string file, int line, int column)
{
    public string Code { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string CjsCategory { get; set; } = string.Empty;

    public string? HomeOfficeClass { get; set; }

    public MaximumPenalty? MaximumPenalty { get; set; }

    // The code whose maximum this offence takes when it has none of its own (an override's maximum-from).
    public Located<string>? MaximumFrom { get; set; }

    public Located<string>? Category { get; set; }

    // Why an override changes the offence.
    public string? Reason { get; set; }

    public string File { get; private set; } = file;

    public int Line { get; private set; } = line;

    public int Column { get; private set; } = column;

    // The keys the entry gave, one bit each (OffenceField.Bit).
    public int Given { get; set; }

    public bool Gives(OffenceField field) => (Given & field.Bit) != 0;

    // The same entry, placed elsewhere: an offence as an override leaves it is named at the override.
    public OffenceDoc CopyAt(string file, int line, int column)
    {
        var copy = (OffenceDoc)MemberwiseClone();
        (copy.File, copy.Line, copy.Column) = (file, line, column);
        return copy;
    }
}
