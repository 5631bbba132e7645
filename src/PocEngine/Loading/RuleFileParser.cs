using System;
using System.Collections.Generic;
using System.Globalization;

namespace PocEngine.Loading;

// Reads one rule file's tree into a ParsedRuleFile, checking shapes, keys and single values. Cross-file checks
// (duplicates, references, dates) belong to VersionCompiler. The names of sections and keys, and the syntax of
// identifiers, come from RuleFileFormat.
internal static class RuleFileParser
{
    public static ParsedRuleFile Parse(string path, DocumentNode root, DiagnosticBag diagnostics)
    {
        var kind = RuleFileFormat.KindOf(path);
        var file = new ParsedRuleFile(path, kind);
        var (keys, what) = kind switch
        {
            RuleFileKind.Header => (RuleFileFormat.HeaderKeys, "the rule set header"),
            RuleFileKind.VersionChanges => (RuleFileFormat.ChangeSections, "a version's changes"),
            RuleFileKind.CatalogueManifest => ([RuleFileFormat.CatalogueManifest], "the catalogue manifest"),
            _ => (RuleFileFormat.ContentSections, "a rule file"),
        };
        var map = MappingReader.Open(path, root, what, keys, diagnostics);
        if (map is null)
        {
            return file;
        }

        if (kind == RuleFileKind.Header)
        {
            file.Header = ReadHeader(map);
        }

        foreach (var key in map.Keys)
        {
            var node = map.Get(key)!;
            switch (key)
            {
                case RuleFileFormat.Categories:
                    file.Categories = SectionOf(ReadCategories(map, node), path, map.KeyNode(key)!);
                    break;
                case RuleFileFormat.Ordering:
                    file.Ordering = SectionOf(ReadOrdering(map, node), path, map.KeyNode(key)!);
                    break;
                case RuleFileFormat.CategoryRules:
                    file.CategoryRules = SectionOf(ReadRules(map, node), path, map.KeyNode(key)!);
                    break;
                case RuleFileFormat.FallbackCategory:
                    var fallback = map.Scalar(key, required: true, what);
                    if (fallback is not null)
                    {
                        file.FallbackCategory = SectionOf(Located<string>.At(fallback.Value, fallback), path, map.KeyNode(key)!);
                    }

                    break;
                case RuleFileFormat.DeriveInchoateMaximum:
                    var derive = map.Boolean(key, what);
                    if (derive is not null)
                    {
                        file.DeriveInchoateMaximum = SectionOf(derive.Value, path, map.KeyNode(key)!);
                    }

                    break;
                case RuleFileFormat.DeriveClassMaximum:
                    var deriveClass = map.Boolean(key, what);
                    if (deriveClass is not null)
                    {
                        file.DeriveClassMaximum = SectionOf(deriveClass.Value, path, map.KeyNode(key)!);
                    }

                    break;
                case RuleFileFormat.HomeOfficeClasses:
                    ReadHomeOfficeClasses(map, node, file.HomeOfficeClasses);
                    break;
                case RuleFileFormat.Offences:
                    ReadOffences(map, node, file.Offences, OffenceEntry.Offence);
                    break;
                case RuleFileFormat.OffenceOverrides:
                    ReadOffences(map, node, file.OffenceOverrides, OffenceEntry.Override);
                    break;
                case RuleFileFormat.CatalogueManifest:
                    ReadManifest(map, node, file.CatalogueManifest);
                    break;
                case RuleFileFormat.RemoveOffences:
                    foreach (var item in Items(map, node, $"The '{RuleFileFormat.RemoveOffences}' list"))
                    {
                        if (ScalarItem(map, item, $"An entry of '{RuleFileFormat.RemoveOffences}'") is { } code && CheckCode(map, code))
                        {
                            file.RemovedOffences.Add(Located<string>.At(code.Value, code));
                        }
                    }

                    break;
            }
        }

        return file;
    }

    private static Section<T> SectionOf<T>(T value, string file, ScalarNode key) => new(value, file, key.Line, key.Column);

    private static HeaderDoc ReadHeader(MappingReader map)
    {
        const string what = "The rule set header";
        var header = new HeaderDoc
        {
            Line = map.Node.Line,
            SchemaVersion = map.Integer(RuleFileFormat.SchemaVersion, required: false, what, 0, int.MaxValue),
            Id = map.String(RuleFileFormat.Id, required: true, what),
            Name = map.String(RuleFileFormat.Name, required: true, what),
            Description = map.String(RuleFileFormat.Description, required: false, what),
        };
        if (!map.Has(RuleFileFormat.SchemaVersion))
        {
            map.Diagnostics.Error(DiagnosticCodes.UnsupportedSchemaVersion, map.File, map.Node, $"The rule set header has no '{RuleFileFormat.SchemaVersion}'; this engine reads schema version 1.");
        }

        if (header.Id is not null && !RuleFileFormat.IsId(header.Id))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, map.Scalar(RuleFileFormat.Id, false, what)!, $"The rule set id '{header.Id}' is not allowed; {RuleFileFormat.IdAllowed}.");
        }

        var versions = map.Sequence(RuleFileFormat.Versions, required: true, what);
        if (versions is { Items.Count: 0 })
        {
            map.Diagnostics.Error(DiagnosticCodes.MissingPart, map.File, versions, "The rule set lists no versions; list at least one with its version label and effective-from date.");
        }

        foreach (var item in versions?.Items ?? [])
        {
            var version = MappingReader.Open(map.File, item, "a version entry", RuleFileFormat.VersionKeys, map.Diagnostics);
            if (version is null)
            {
                continue;
            }

            var label = version.String(RuleFileFormat.Version, required: true, "A version entry");
            var from = version.Date(RuleFileFormat.EffectiveFrom, required: true, "A version entry");
            var changes = version.Scalar(RuleFileFormat.Changes, required: false, "A version entry");
            if (changes is not null)
            {
                // Every changes file a version entry names, even one whose entry is broken: that file is not an orphan.
                header.ChangesFiles.Add(changes.Value);
            }

            if (label is not null && !RuleFileFormat.IsLabel(label))
            {
                map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, version.Scalar(RuleFileFormat.Version, false, "A version entry")!, $"The version label '{label}' is not allowed; {RuleFileFormat.LabelAllowed}.");
                label = null;
            }

            if (label is not null && from is not null)
            {
                header.Versions.Add(new VersionDoc
                {
                    Label = label,
                    EffectiveFrom = from.Value,
                    Description = version.String(RuleFileFormat.Description, required: false, "A version entry"),
                    Changes = changes is null ? null : Located<string>.At(changes.Value, changes),
                    Line = item.Line,
                    Column = item.Column,
                });
            }
        }

        return header;
    }

    private static List<CategoryDoc> ReadCategories(MappingReader map, DocumentNode node)
    {
        var result = new List<CategoryDoc>();
        foreach (var item in Items(map, node, $"The '{RuleFileFormat.Categories}' list"))
        {
            var entry = MappingReader.Open(map.File, item, "a category", RuleFileFormat.CategoryKeys, map.Diagnostics);
            if (entry is null)
            {
                continue;
            }

            var id = entry.Scalar(RuleFileFormat.Id, required: true, "A category");
            var name = entry.String(RuleFileFormat.Name, required: true, "A category");
            var precedence = entry.Integer(RuleFileFormat.Precedence, required: true, "A category", 1, 1000);
            if (id is not null && !RuleFileFormat.IsId(id.Value))
            {
                map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, id, $"The category id '{id.Value}' is not allowed; {RuleFileFormat.IdAllowed}.");
                continue;
            }

            if (id is not null && name is not null && precedence is not null)
            {
                result.Add(new CategoryDoc { Id = id.Value, Name = name, Precedence = precedence.Value, File = map.File, Line = item.Line, Column = item.Column });
            }
        }

        return result;
    }

    private static List<Located<RankingKey>> ReadOrdering(MappingReader map, DocumentNode node)
    {
        var result = new List<Located<RankingKey>>();
        foreach (var item in Items(map, node, $"The '{RuleFileFormat.Ordering}' list"))
        {
            if (ScalarItem(map, item, "An ordering key") is not { } scalar)
            {
                continue;
            }

            if (!RankingKeys.TryParse(scalar.Value, out var key))
            {
                map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, scalar, $"The ordering key '{scalar.Value}' is not known; allowed keys are {string.Join(", ", RankingKeys.Names)}.{MappingReader.DidYouMean(scalar.Value, RankingKeys.Names)}");
                continue;
            }

            result.Add(Located<RankingKey>.At(key, scalar));
        }

        return result;
    }

    private static List<RuleDoc> ReadRules(MappingReader map, DocumentNode node)
    {
        var result = new List<RuleDoc>();
        foreach (var item in Items(map, node, $"The '{RuleFileFormat.CategoryRules}' list"))
        {
            var entry = MappingReader.Open(map.File, item, "a category rule", RuleFileFormat.RuleKeys, map.Diagnostics);
            if (entry is null)
            {
                continue;
            }

            var id = entry.Scalar(RuleFileFormat.Id, required: true, "A category rule");
            var category = entry.Scalar(RuleFileFormat.Category, required: false, "A category rule");
            entry.String(RuleFileFormat.Description, required: false, "A category rule");
            var reason = entry.String(RuleFileFormat.Reason, required: false, "A category rule");
            if (id is null)
            {
                continue;
            }

            if (!RuleFileFormat.IsId(id.Value))
            {
                map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, id, $"The rule id '{id.Value}' is not allowed; {RuleFileFormat.IdAllowed}.");
                continue;
            }

            var rule = new RuleDoc
            {
                Id = id.Value,
                Category = category is null ? null : Located<string>.At(category.Value, category),
                Reason = reason,
                File = map.File,
                Line = item.Line,
                Column = item.Column,
            };
            var whenNode = entry.Get(RuleFileFormat.When);
            if (whenNode is null && !entry.ReportMissing(RuleFileFormat.When))
            {
                continue;
            }

            if (whenNode is null)
            {
                map.Diagnostics.Error(DiagnosticCodes.MissingKey, map.File, item, $"The category rule '{rule.Id}' has no '{RuleFileFormat.When}'; give at least one condition ({RuleFileFormat.OneOf(RuleFileFormat.ConditionKeys)}).");
                continue;
            }

            var errorsBefore = map.Diagnostics.ErrorCount;
            var whenWhat = $"the '{RuleFileFormat.When}' of rule '{rule.Id}'";
            var when = MappingReader.Open(map.File, whenNode, whenWhat, RuleFileFormat.ConditionKeys, map.Diagnostics);
            if (when is null)
            {
                continue;
            }

            foreach (var kind in RuleConditionKinds.All)
            {
                ReadCondition(map, when, whenWhat, rule, kind);
            }

            if (map.Diagnostics.ErrorCount > errorsBefore)
            {
                // A rule with a broken condition is left out whole: without the condition it would match more than
                // its author meant, and reporting what follows from that would bury the one real mistake.
                continue;
            }

            result.Add(rule);
        }

        return result;
    }

    // One condition of a rule's 'when', as its descriptor says its values are written; a value that is not allowed is
    // reported here, at the value.
    private static void ReadCondition(MappingReader map, MappingReader when, string whenWhat, RuleDoc rule, RuleConditionKinds.Descriptor kind)
    {
        var into = rule.ValuesOf(kind);
        if (kind.IsFlag)
        {
            if (when.Boolean(kind.Name, whenWhat) == true)
            {
                into.Add(Located<string>.At("true", when.Get(kind.Name)!));
            }

            return;
        }

        foreach (var value in Values(when, kind.Name))
        {
            if (IsAllowedCondition(map, rule.Id, kind, value))
            {
                into.Add(Located<string>.At(value.Value, value));
            }
        }
    }

    private static bool IsAllowedCondition(MappingReader map, string ruleId, RuleConditionKinds.Descriptor kind, ScalarNode value)
    {
        string problem;
        switch (kind.Syntax)
        {
            case RuleConditionKinds.ValueSyntax.Code:
                return CheckCode(map, value, allowPrefix: true);
            case RuleConditionKinds.ValueSyntax.Act when !RuleFileFormat.IsAct(value.Value):
                problem = $"The Act '{value.Value}' in rule '{ruleId}' is not allowed; {RuleFileFormat.ActAllowed}.";
                break;
            case RuleConditionKinds.ValueSyntax.CitedAct when ActCitations.Key(value.Value) is null:
                problem = $"The cited Act '{value.Value}' in rule '{ruleId}' is not allowed; {RuleFileFormat.CitedActAllowed}.";
                break;
            case RuleConditionKinds.ValueSyntax.Mode when !ModeOfTrialCodes.TryGetModeOfTrial(value.Value, out _):
                problem = $"The mode '{value.Value}' in rule '{ruleId}' is not a mode of trial; {ModeOfTrialCodes.AllowedModes}.";
                break;
            case RuleConditionKinds.ValueSyntax.HomeOfficeClass when !HomeOfficeTable.IsClass(value.Value) && !RuleFileFormat.IsHomeOfficeWildcard(value.Value):
                problem = $"The Home Office classification '{value.Value}' in rule '{ruleId}' is not allowed; write NNN/NN (for example 004/17) or NNN/* for a whole class.";
                break;
            default:
                return true;
        }

        map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, value, problem);
        return false;
    }

    private static void ReadManifest(MappingReader map, DocumentNode node, List<ManifestEntryDoc> into)
    {
        foreach (var item in Items(map, node, $"The '{RuleFileFormat.CatalogueManifest}' list"))
        {
            var entry = MappingReader.Open(map.File, item, "a catalogue manifest entry", RuleFileFormat.ManifestKeys, map.Diagnostics);
            if (entry is null)
            {
                continue;
            }

            var file = entry.String(RuleFileFormat.ManifestFile, required: true, "A catalogue manifest entry");
            var entries = entry.Integer(RuleFileFormat.ManifestEntries, required: true, "A catalogue manifest entry", 0, int.MaxValue);
            var sha = entry.Scalar(RuleFileFormat.ManifestSha256, required: true, "A catalogue manifest entry");
            if (sha is not null && !CatalogueManifest.IsSha256(sha.Value))
            {
                map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, sha, $"The hash '{sha.Value}' is not allowed; write the SHA-256 of the file as 64 lower-case hexadecimal digits, as 'poc import' does.");
                continue;
            }

            if (file is not null && entries is not null && sha is not null)
            {
                into.Add(new ManifestEntryDoc(file, entries.Value, sha.Value, item.Line, item.Column));
            }
        }
    }

    private static void ReadHomeOfficeClasses(MappingReader map, DocumentNode node, List<HomeOfficeClassDoc> into)
    {
        foreach (var item in Items(map, node, $"The '{RuleFileFormat.HomeOfficeClasses}' list"))
        {
            var entry = MappingReader.Open(map.File, item, "a Home Office classification", RuleFileFormat.HomeOfficeClassKeys, map.Diagnostics);
            if (entry is null)
            {
                continue;
            }

            var cls = entry.Scalar(RuleFileFormat.Class, required: true, "A Home Office classification");
            var group = entry.String(RuleFileFormat.Group, required: true, "A Home Office classification");
            var title = entry.String(RuleFileFormat.Title, required: false, "A Home Office classification");
            if (cls is not null && !HomeOfficeTable.IsClass(cls.Value))
            {
                map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, cls, $"The Home Office classification '{cls.Value}' is not allowed; {RuleFileFormat.HomeOfficeClassAllowed}.");
                continue;
            }

            if (cls is not null && group is not null)
            {
                into.Add(new HomeOfficeClassDoc { Class = cls.Value, Group = group, Title = title, File = map.File, Line = item.Line, Column = item.Column });
            }
        }
    }

    private static void ReadOffences(MappingReader map, DocumentNode node, List<OffenceDoc> into, OffenceEntry kind)
    {
        foreach (var item in Items(map, node, kind == OffenceEntry.Offence ? $"The '{RuleFileFormat.Offences}' list" : $"The '{RuleFileFormat.OffenceOverrides}' list"))
        {
            if (OffenceFields.Read(map, item, kind) is { } entry)
            {
                into.Add(entry);
            }
        }
    }

    private static bool CheckCode(MappingReader map, ScalarNode code, bool allowPrefix = false)
    {
        var value = code.Value;
        var body = allowPrefix && value.EndsWith('*') ? value[..^1] : value;
        if (RuleFileFormat.IsCode(body))
        {
            return true;
        }

        var prefixNote = allowPrefix ? ", optionally ending in * to match a prefix" : string.Empty;
        map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, code, $"The offence code '{value}' is not allowed; {RuleFileFormat.CodeAllowed}{prefixNote}.");
        return false;
    }

    private static List<DocumentNode> Items(MappingReader map, DocumentNode node, string what) =>
        map.AsSequence(node, what)?.Items ?? [];

    private static ScalarNode? ScalarItem(MappingReader map, DocumentNode item, string what)
    {
        if (item is ScalarNode { IsNull: false } scalar)
        {
            return scalar;
        }

        map.Diagnostics.Error(DiagnosticCodes.WrongNodeType, map.File, item, $"{what} is {(item is ScalarNode ? "empty" : item.KindName)}; it must be a single value.");
        return null;
    }

    // A condition takes one value or a list of values.
    private static IEnumerable<ScalarNode> Values(MappingReader when, string key)
    {
        var node = when.Get(key);
        if (node is null)
        {
            yield break;
        }

        if (node is ScalarNode { IsNull: false } single)
        {
            yield return single;
            yield break;
        }

        if (node is not SequenceNode list || list.Items.Count == 0)
        {
            when.Diagnostics.Error(DiagnosticCodes.WrongNodeType, when.File, node, $"The condition '{key}' is {node switch { SequenceNode => "an empty list", ScalarNode => "empty", _ => node.KindName }}; give one value or a list of values.");
            yield break;
        }

        foreach (var item in list.Items)
        {
            if (ScalarItem(when, item, $"A value of condition '{key}'") is { } scalar)
            {
                yield return scalar;
            }
        }
    }
}
