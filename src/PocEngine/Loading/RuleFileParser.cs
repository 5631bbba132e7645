using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PocEngine.Loading;

// Reads one rule file's tree into a ParsedRuleFile, checking shapes, keys and single values. Cross-file checks
// (duplicates, references, dates) belong to the builder.
internal static partial class RuleFileParser
{
    public const string HeaderFileName = "ruleset.yaml";
    public const string VersionsFolder = "versions/";
    public const string TestsFolder = "tests/";

    private static readonly string[] ContentKeys =
    [
        "categories", "ordering", "category-rules", "fallback-category", "derive-inchoate-maximum", "derive-class-maximum",
        "home-office-classes", "offences", "offence-overrides",
    ];

    private static readonly string[] HeaderKeys =
    [
        "schema-version", "id", "name", "description", "versions",
        "categories", "ordering", "category-rules", "fallback-category", "derive-inchoate-maximum", "derive-class-maximum",
        "home-office-classes", "offences", "offence-overrides",
    ];

    private static readonly string[] ChangeKeys =
    [
        "categories", "ordering", "category-rules", "fallback-category", "derive-inchoate-maximum", "derive-class-maximum",
        "home-office-classes", "offences", "offence-overrides", "remove-offences",
    ];

    private static readonly string[] VersionKeys = ["version", "effective-from", "description", "changes"];
    private static readonly string[] CategoryKeys = ["id", "name", "precedence"];
    private static readonly string[] RuleKeys = ["id", "description", "reason", "when", "category"];
    private static readonly string[] ConditionKeys = ["code", "act", "mode", "ho-class", "ho-group", "title", "inchoate-base"];
    private static readonly string[] HomeOfficeKeys = ["class", "group", "title"];
    private static readonly string[] OffenceKeys = ["code", "title", "mode", "ho-class", "max", "category"];
    private static readonly string[] OverrideKeys = ["code", "reason", "title", "mode", "ho-class", "max", "maximum-from", "category"];


    public static RuleFileKind KindOf(string path) =>
        string.Equals(path, HeaderFileName, StringComparison.Ordinal) ? RuleFileKind.Header
        : path.StartsWith(VersionsFolder, StringComparison.Ordinal) ? RuleFileKind.VersionChanges
        : RuleFileKind.Content;

    public static ParsedRuleFile Parse(string path, DocumentNode root, DiagnosticBag diagnostics)
    {
        var kind = KindOf(path);
        var file = new ParsedRuleFile(path, kind);
        var (keys, what) = kind switch
        {
            RuleFileKind.Header => (HeaderKeys, "the rule set header"),
            RuleFileKind.VersionChanges => (ChangeKeys, "a version's changes"),
            _ => (ContentKeys, "a rule file"),
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
                case "categories":
                    file.Categories = SectionOf(ReadCategories(map, node), path, map.KeyNode(key)!);
                    break;
                case "ordering":
                    file.Ordering = SectionOf(ReadOrdering(map, node), path, map.KeyNode(key)!);
                    break;
                case "category-rules":
                    file.CategoryRules = SectionOf(ReadRules(map, node), path, map.KeyNode(key)!);
                    break;
                case "fallback-category":
                    var fallback = map.Scalar(key, required: true, what);
                    if (fallback is not null)
                    {
                        file.FallbackCategory = SectionOf(Located<string>.At(fallback.Value, fallback), path, map.KeyNode(key)!);
                    }

                    break;
                case "derive-inchoate-maximum":
                    var derive = map.Boolean(key, what);
                    if (derive is not null)
                    {
                        file.DeriveInchoateMaximum = SectionOf(derive.Value, path, map.KeyNode(key)!);
                    }

                    break;
                case "derive-class-maximum":
                    var deriveClass = map.Boolean(key, what);
                    if (deriveClass is not null)
                    {
                        file.DeriveClassMaximum = SectionOf(deriveClass.Value, path, map.KeyNode(key)!);
                    }

                    break;
                case "home-office-classes":
                    ReadHomeOfficeClasses(map, node, file.HomeOfficeClasses);
                    break;
                case "offences":
                    ReadOffences(map, node, file.Offences);
                    break;
                case "offence-overrides":
                    ReadOverrides(map, node, file.OffenceOverrides);
                    break;
                case "remove-offences":
                    foreach (var item in Items(map, node, "The 'remove-offences' list"))
                    {
                        if (ScalarItem(map, item, "An entry of 'remove-offences'") is { } code && CheckCode(map, code))
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
            SchemaVersion = map.Integer("schema-version", required: false, what, 0, int.MaxValue),
            Id = map.String("id", required: true, what),
            Name = map.String("name", required: true, what),
            Description = map.String("description", required: false, what),
        };
        if (!map.Has("schema-version"))
        {
            map.Diagnostics.Error(DiagnosticCodes.UnsupportedSchemaVersion, map.File, map.Node, "The rule set header has no 'schema-version'; this engine reads schema version 1.");
        }

        if (header.Id is not null && !IdPattern().IsMatch(header.Id))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, map.Scalar("id", false, what)!, $"The rule set id '{header.Id}' is not allowed; use lower-case letters, digits and hyphens, starting with a letter.");
        }

        var versions = map.Sequence("versions", required: true, what);
        if (versions is { Items.Count: 0 })
        {
            map.Diagnostics.Error(DiagnosticCodes.MissingPart, map.File, versions, "The rule set lists no versions; list at least one with its version label and effective-from date.");
        }

        foreach (var item in versions?.Items ?? [])
        {
            var version = MappingReader.Open(map.File, item, "a version entry", VersionKeys, map.Diagnostics);
            if (version is null)
            {
                continue;
            }

            var label = version.String("version", required: true, "A version entry");
            var from = version.Date("effective-from", required: true, "A version entry");
            var changes = version.Scalar("changes", required: false, "A version entry");
            if (label is not null && !LabelPattern().IsMatch(label))
            {
                map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, version.Scalar("version", false, "A version entry")!, $"The version label '{label}' is not allowed; use letters, digits, dots, hyphens and underscores.");
                label = null;
            }

            if (label is not null && from is not null)
            {
                header.Versions.Add(new VersionDoc
                {
                    Label = label,
                    EffectiveFrom = from.Value,
                    Description = version.String("description", required: false, "A version entry"),
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
        foreach (var item in Items(map, node, "The 'categories' list"))
        {
            var entry = MappingReader.Open(map.File, item, "a category", CategoryKeys, map.Diagnostics);
            if (entry is null)
            {
                continue;
            }

            var id = entry.Scalar("id", required: true, "A category");
            var name = entry.String("name", required: true, "A category");
            var precedence = entry.Integer("precedence", required: true, "A category", 1, 1000);
            if (id is not null && !IdPattern().IsMatch(id.Value))
            {
                map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, id, $"The category id '{id.Value}' is not allowed; use lower-case letters, digits and hyphens, starting with a letter.");
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
        foreach (var item in Items(map, node, "The 'ordering' list"))
        {
            if (ScalarItem(map, item, "An ordering key") is not { } scalar)
            {
                continue;
            }

            if (!RankingKeys.TryParse(scalar.Value, out var key))
            {
                var suggestion = MappingReader.Suggest(scalar.Value, RankingKeys.Names);
                var hint = suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?";
                map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, scalar, $"The ordering key '{scalar.Value}' is not known; allowed keys are {string.Join(", ", RankingKeys.Names)}.{hint}");
                continue;
            }

            result.Add(Located<RankingKey>.At(key, scalar));
        }

        return result;
    }

    public static string OrderingName(RankingKey key) => RankingKeys.Of(key).Name;

    private static List<RuleDoc> ReadRules(MappingReader map, DocumentNode node)
    {
        var result = new List<RuleDoc>();
        foreach (var item in Items(map, node, "The 'category-rules' list"))
        {
            var entry = MappingReader.Open(map.File, item, "a category rule", RuleKeys, map.Diagnostics);
            if (entry is null)
            {
                continue;
            }

            var id = entry.Scalar("id", required: true, "A category rule");
            var category = entry.Scalar("category", required: false, "A category rule");
            entry.String("description", required: false, "A category rule");
            var reason = entry.String("reason", required: false, "A category rule");
            if (id is null)
            {
                continue;
            }

            if (!IdPattern().IsMatch(id.Value))
            {
                map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, id, $"The rule id '{id.Value}' is not allowed; use lower-case letters, digits and hyphens, starting with a letter.");
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
            var whenNode = entry.Get("when");
            if (whenNode is null)
            {
                map.Diagnostics.Error(DiagnosticCodes.MissingKey, map.File, item, $"The category rule '{rule.Id}' has no 'when'; give at least one condition (code, act, mode, ho-class, ho-group, title or inchoate-base).");
                continue;
            }

            var errorsBefore = map.Diagnostics.ErrorCount;
            var whenWhat = $"the 'when' of rule '{rule.Id}'";
            var when = MappingReader.Open(map.File, whenNode, whenWhat, ConditionKeys, map.Diagnostics);
            if (when is null)
            {
                continue;
            }

            foreach (var value in Values(when, "code"))
            {
                if (CheckCode(map, value, allowPrefix: true))
                {
                    rule.Codes.Add(Located<string>.At(value.Value, value));
                }
            }

            foreach (var value in Values(when, "act"))
            {
                if (ActPattern().IsMatch(value.Value))
                {
                    rule.Acts.Add(Located<string>.At(value.Value, value));
                }
                else
                {
                    map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, value, $"The Act '{value.Value}' in rule '{rule.Id}' is not allowed; write the first four characters of the codes, upper case, such as MD71 for the Misuse of Drugs Act 1971.");
                }
            }

            foreach (var value in Values(when, "title"))
            {
                rule.Titles.Add(Located<string>.At(value.Value, value));
            }

            foreach (var value in Values(when, "mode"))
            {
                if (ModeOfTrialCodes.TryGetModeOfTrial(value.Value, out var mode))
                {
                    rule.Modes.Add(Located<ModeOfTrial>.At(mode, value));
                }
                else
                {
                    map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, value, $"The mode '{value.Value}' in rule '{rule.Id}' is not a mode of trial; allowed modes are CI, CE, CS and CM.");
                }
            }

            foreach (var value in Values(when, "ho-class"))
            {
                if (HomeOfficeTable.IsClass(value.Value) || HomeOfficeWildcardPattern().IsMatch(value.Value))
                {
                    rule.HomeOfficeClasses.Add(Located<string>.At(value.Value, value));
                }
                else
                {
                    map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, value, $"The Home Office classification '{value.Value}' in rule '{rule.Id}' is not allowed; write NNN/NN (for example 004/17) or NNN/* for a whole class.");
                }
            }

            foreach (var value in Values(when, "ho-group"))
            {
                rule.HomeOfficeGroups.Add(Located<string>.At(value.Value, value));
            }

            rule.InchoateBase = when.Boolean("inchoate-base", whenWhat) ?? false;
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

    private static void ReadHomeOfficeClasses(MappingReader map, DocumentNode node, List<HomeOfficeClassDoc> into)
    {
        foreach (var item in Items(map, node, "The 'home-office-classes' list"))
        {
            var entry = MappingReader.Open(map.File, item, "a Home Office classification", HomeOfficeKeys, map.Diagnostics);
            if (entry is null)
            {
                continue;
            }

            var cls = entry.Scalar("class", required: true, "A Home Office classification");
            var group = entry.String("group", required: true, "A Home Office classification");
            var title = entry.String("title", required: false, "A Home Office classification");
            if (cls is not null && !HomeOfficeTable.IsClass(cls.Value))
            {
                map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, cls, $"The Home Office classification '{cls.Value}' is not allowed; write three digits, a slash and two digits, for example 004/17.");
                continue;
            }

            if (cls is not null && group is not null)
            {
                into.Add(new HomeOfficeClassDoc { Class = cls.Value, Group = group, Title = title, File = map.File, Line = item.Line, Column = item.Column });
            }
        }
    }

    private static void ReadOffences(MappingReader map, DocumentNode node, List<OffenceDoc> into)
    {
        foreach (var item in Items(map, node, "The 'offences' list"))
        {
            var entry = MappingReader.Open(map.File, item, "an offence", OffenceKeys, map.Diagnostics);
            if (entry is null)
            {
                continue;
            }

            var code = entry.Scalar("code", required: true, "An offence");
            var title = entry.String("title", required: true, "An offence");
            var mode = ReadCjsCategory(map, entry, required: true, "An offence");
            var hoClass = ReadHomeOfficeClass(map, entry, "An offence");
            var max = ReadMaximum(map, entry, "An offence");
            var category = entry.Scalar("category", required: false, "An offence");
            if (code is null || !CheckCode(map, code) || title is null || mode is null)
            {
                continue;
            }

            into.Add(new OffenceDoc
            {
                Code = code.Value,
                Title = title,
                CjsCategory = mode,
                HomeOfficeClass = hoClass,
                MaximumPenalty = max,
                Category = category is null ? null : Located<string>.At(category.Value, category),
                File = map.File,
                Line = item.Line,
                Column = item.Column,
            });
        }
    }

    private static void ReadOverrides(MappingReader map, DocumentNode node, List<OffenceOverrideDoc> into)
    {
        foreach (var item in Items(map, node, "The 'offence-overrides' list"))
        {
            var entry = MappingReader.Open(map.File, item, "an offence override", OverrideKeys, map.Diagnostics);
            if (entry is null)
            {
                continue;
            }

            var code = entry.Scalar("code", required: true, "An offence override");
            var reason = entry.String("reason", required: true, "An offence override");
            var title = entry.String("title", required: false, "An offence override");
            var mode = ReadCjsCategory(map, entry, required: false, "An offence override");
            var hoClass = ReadHomeOfficeClass(map, entry, "An offence override");
            var max = ReadMaximum(map, entry, "An offence override");
            var maximumFrom = entry.Scalar("maximum-from", required: false, "An offence override");
            var category = entry.Scalar("category", required: false, "An offence override");
            if (code is null || !CheckCode(map, code) || reason is null || (maximumFrom is not null && !CheckCode(map, maximumFrom)))
            {
                continue;
            }

            if (max is not null && maximumFrom is not null)
            {
                map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, maximumFrom, $"The override of '{code.Value}' gives both 'max' and 'maximum-from'; give the maximum itself or the code to take it from, not both.");
                continue;
            }

            into.Add(new OffenceOverrideDoc
            {
                Code = code.Value,
                Reason = reason,
                Title = title,
                CjsCategory = mode,
                HomeOfficeClass = hoClass,
                MaximumPenalty = max,
                MaximumFrom = maximumFrom is null ? null : Located<string>.At(maximumFrom.Value, maximumFrom),
                Category = category is null ? null : Located<string>.At(category.Value, category),
                File = map.File,
                Line = item.Line,
                Column = item.Column,
            });
        }
    }

    private static string? ReadCjsCategory(MappingReader map, MappingReader entry, bool required, string what)
    {
        var mode = entry.Scalar("mode", required, what);
        if (mode is null)
        {
            return null;
        }

        if (ModeOfTrialCodes.IsKnown(mode.Value))
        {
            return mode.Value;
        }

        map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, mode, $"The mode '{mode.Value}' is not a CJS offence category code; offences use CI, CE, CS or CM, and non-offences one of {string.Join(", ", ModeOfTrialCodes.All.ToArray())}.");
        return null;
    }

    private static string? ReadHomeOfficeClass(MappingReader map, MappingReader entry, string what)
    {
        var cls = entry.Scalar("ho-class", required: false, what);
        if (cls is null)
        {
            return null;
        }

        if (!HomeOfficeTable.IsClass(cls.Value))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, cls, $"The Home Office classification '{cls.Value}' is not allowed; write three digits, a slash and two digits, for example 004/17, or leave the key out.");
            return null;
        }

        // 000/00 is the standing data's "no classification", not a class: treating it as one would give every
        // unclassified code the table's "Other summary offences" group.
        return HomeOfficeTable.ClassOrNull(cls.Value);
    }

    private static MaximumPenalty? ReadMaximum(MappingReader map, MappingReader entry, string what)
    {
        var max = entry.Scalar("max", required: false, what);
        if (max is null)
        {
            return null;
        }

        if (MaximumPenalty.TryParse(max.Value, out var penalty))
        {
            return penalty;
        }

        map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, max, $"The maximum penalty '{max.Value}' is not allowed; write life, or a term in years, months, weeks and days such as 14y, 6m, 1y6m or 14d, or leave the key out when none is known.");
        return null;
    }

    public static bool IsCode(string value) => value.Length is >= 1 and <= 16 && CodePattern().IsMatch(value);


    private static bool CheckCode(MappingReader map, ScalarNode code, bool allowPrefix = false)
    {
        var value = code.Value;
        var body = allowPrefix && value.EndsWith('*') ? value[..^1] : value;
        if (IsCode(body))
        {
            return true;
        }

        var prefixNote = allowPrefix ? ", optionally ending in * to match a prefix" : string.Empty;
        map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, code, $"The offence code '{value}' is not allowed; codes are 1 to 16 ASCII letters and digits{prefixNote}.");
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

    private const string IdSyntax = "^[a-z][a-z0-9-]{0,63}$";
    private const string LabelSyntax = "^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$";
    private const string CodeSyntax = "^[A-Za-z0-9]+$";
    private const string ActSyntax = "^[A-Z0-9]{4}$";
    private const string HomeOfficeWildcardSyntax = "^[0-9]{3}/\\*$";

#if NET7_0_OR_GREATER
    [GeneratedRegex(IdSyntax, RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(ActSyntax, RegexOptions.CultureInvariant)]
    private static partial Regex ActPattern();

    [GeneratedRegex(LabelSyntax, RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(CodeSyntax, RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex(HomeOfficeWildcardSyntax, RegexOptions.CultureInvariant)]
    private static partial Regex HomeOfficeWildcardPattern();
#else
    // netstandard2.0 has no regex source generator: the same patterns, compiled at first use.
    private static Regex IdPattern() => Patterns.Id;

    private static Regex ActPattern() => Patterns.Act;

    private static Regex LabelPattern() => Patterns.Label;

    private static Regex CodePattern() => Patterns.Code;

    private static Regex HomeOfficeWildcardPattern() => Patterns.HomeOfficeWildcard;

    private static class Patterns
    {
        public static readonly Regex Id = new(IdSyntax, RegexOptions.CultureInvariant | RegexOptions.Compiled);

        public static readonly Regex Act = new(ActSyntax, RegexOptions.CultureInvariant | RegexOptions.Compiled);

        public static readonly Regex Label = new(LabelSyntax, RegexOptions.CultureInvariant | RegexOptions.Compiled);

        public static readonly Regex Code = new(CodeSyntax, RegexOptions.CultureInvariant | RegexOptions.Compiled);

        public static readonly Regex HomeOfficeWildcard = new(HomeOfficeWildcardSyntax, RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
#endif
}
