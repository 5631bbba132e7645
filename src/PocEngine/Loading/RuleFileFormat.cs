using System;
using System.Text.RegularExpressions;

namespace PocEngine.Loading;

// The rule file format's vocabulary, in one place: the file and folder names, the section and key names each kind of
// entry allows, and the syntax of identifiers with the words a diagnostic uses to say what is allowed. The readers
// (RuleFileParser, FlowLineReader) and the stages after them take every name from here; none spells a key itself.
// A new key or section is added here first; RuleFileFormatTests then fails until both readers know it.
internal static partial class RuleFileFormat
{
    public const string HeaderFile = "ruleset.yaml";
    public const string VersionsFolder = "versions/";
    public const string TestsFolder = "tests/";
    public const string OffencesFolder = "offences/";
    public const string HomeOfficeFile = "home-office-classes.yaml";

    // The JSON Schema of the rule files, kept in the rule set folder so that a copy keeps editor completion.
    public const string SchemaFile = "poc-rules.schema.json";

    // What 'poc import' wrote (each catalogue file with its entries and hash), checked by every load.
    public const string CatalogueManifestFile = "offences/manifest.yaml";
    public const string CatalogueManifest = "catalogue-manifest";
    public const string ManifestFile = "file";
    public const string ManifestEntries = "entries";
    public const string ManifestSha256 = "sha256";

    // The top-level sections of content files (and of the header and changes files, which may hold them too).
    public const string Categories = "categories";
    public const string Ordering = "ordering";
    public const string CategoryRules = "category-rules";
    public const string FallbackCategory = "fallback-category";
    public const string DeriveInchoateMaximum = "derive-inchoate-maximum";
    public const string DeriveClassMaximum = "derive-class-maximum";
    public const string HomeOfficeClasses = "home-office-classes";
    public const string Offences = "offences";
    public const string OffenceOverrides = "offence-overrides";
    public const string RemoveOffences = "remove-offences";

    // Keys of the header and its version entries.
    public const string SchemaVersion = "schema-version";
    public const string Versions = "versions";
    public const string Version = "version";
    public const string EffectiveFrom = "effective-from";
    public const string Changes = "changes";

    // Keys of entries, shared by the kinds of entry that have them.
    public const string Id = "id";
    public const string Name = "name";
    public const string Description = "description";
    public const string Precedence = "precedence";
    public const string Reason = "reason";
    public const string When = "when";
    public const string Category = "category";
    public const string Code = "code";
    public const string Title = "title";
    public const string Mode = "mode";
    public const string HomeOfficeClass = "ho-class";
    public const string HomeOfficeGroup = "ho-group";
    public const string Max = "max";
    public const string MaximumFrom = "maximum-from";
    public const string Act = "act";
    public const string InchoateBase = "inchoate-base";
    public const string CitedActs = "cited-acts";
    public const string Class = "class";
    public const string Group = "group";

    public static readonly string[] ContentSections =
    [
        Categories, Ordering, CategoryRules, FallbackCategory, DeriveInchoateMaximum, DeriveClassMaximum,
        HomeOfficeClasses, Offences, OffenceOverrides,
    ];

    public static readonly string[] HeaderKeys = [SchemaVersion, Id, Name, Description, Versions, .. ContentSections];

    public static readonly string[] ChangeSections = [.. ContentSections, RemoveOffences];

    public static readonly string[] VersionKeys = [Version, EffectiveFrom, Description, Changes];

    public static readonly string[] CategoryKeys = [Id, Name, Precedence];

    public static readonly string[] RuleKeys = [Id, Description, Reason, When, Category];

    public static readonly string[] ConditionKeys = [Code, Act, Mode, HomeOfficeClass, HomeOfficeGroup, Title, InchoateBase, CitedActs];

    public static readonly string[] HomeOfficeClassKeys = [Class, Group, Title];

    public static readonly string[] ManifestKeys = [ManifestFile, ManifestEntries, ManifestSha256];

    // The keys of offences and offence overrides are listed in OffenceFields, with how each is read.

    // What each identifier may be, in the words a diagnostic ends with ("...is not allowed; <these words>.").
    public const string IdAllowed = "use lower-case letters, digits and hyphens, starting with a letter";
    public const string LabelAllowed = "use letters, digits, dots, hyphens and underscores";
    public const string CodeAllowed = "codes are 1 to 16 ASCII letters and digits";
    public const string ActAllowed = "write the first four characters of the codes, upper case, such as MD71 for the Misuse of Drugs Act 1971";
    public const string CitedActAllowed = "write one Act's name and year as titles cite it, such as Identity Documents Act 2010";
    public const string HomeOfficeClassAllowed = "write three digits, a slash and two digits, for example 004/17";
    public const string MaximumAllowed = "write life, or a term in years, months, weeks and days such as 14y, 6m, 1y6m or 14d";

    // "a, b or c", for a diagnostic that lists the choices.
    public static string OneOf(string[] names) =>
        names.Length < 2 ? string.Join(string.Empty, names) : $"{string.Join(", ", names, 0, names.Length - 1)} or {names[^1]}";

    public static RuleFileKind KindOf(string path) =>
        string.Equals(path, HeaderFile, StringComparison.Ordinal) ? RuleFileKind.Header
        : string.Equals(path, CatalogueManifestFile, StringComparison.Ordinal) ? RuleFileKind.CatalogueManifest
        : path.StartsWith(VersionsFolder, StringComparison.Ordinal) ? RuleFileKind.VersionChanges
        : RuleFileKind.Content;

    public static bool IsTestFile(string path) => path.StartsWith(TestsFolder, StringComparison.Ordinal);

    // The files 'poc import' writes, which its manifest covers: the offence catalogue and the Home Office table.
    public static bool IsImportedFile(string path) =>
        string.Equals(path, HomeOfficeFile, StringComparison.Ordinal) || (path.StartsWith(OffencesFolder, StringComparison.Ordinal) && !string.Equals(path, CatalogueManifestFile, StringComparison.Ordinal));

    public static bool IsId(string value) => IdPattern().IsMatch(value);

    public static bool IsLabel(string value) => LabelPattern().IsMatch(value);

    public static bool IsCode(string value) => value.Length is >= 1 and <= 16 && CodePattern().IsMatch(value);

    public static bool IsAct(string value) => ActPattern().IsMatch(value);

    public static bool IsHomeOfficeWildcard(string value) => HomeOfficeWildcardPattern().IsMatch(value);

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
