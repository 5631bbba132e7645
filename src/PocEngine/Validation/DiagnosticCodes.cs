namespace PocEngine.Rules;

/// <summary>Lists the stable codes of rule set diagnostics; a code never changes meaning once shipped.</summary>
public static class DiagnosticCodes
{
    /// <summary>A rule file or folder cannot be read, or a file is larger than the limit.</summary>
    public const string FileUnreadable = "POC1001";

    /// <summary>A rule file is not valid YAML.</summary>
    public const string YamlSyntax = "POC1002";

    /// <summary>A rule file uses an anchor or alias, which rule files do not allow.</summary>
    public const string AnchorOrAlias = "POC1003";

    /// <summary>A rule file uses a YAML tag, which rule files do not allow.</summary>
    public const string Tag = "POC1004";

    /// <summary>A rule file nests deeper, or holds a longer scalar, than the limits allow.</summary>
    public const string LimitExceeded = "POC1005";

    /// <summary>A rule file holds more than one YAML document, or none.</summary>
    public const string DocumentCount = "POC1006";

    /// <summary>A load passed its diagnostic limit (<see cref="RuleSetLoadOptions.MaxDiagnostics"/>): it stopped, or left warnings unlisted.</summary>
    public const string DiagnosticLimit = "POC1007";

    /// <summary>An entry of the rule set folder is not a regular file or folder: a named pipe, a device, a socket, or a link that leaves the folder or loops.</summary>
    public const string NotARegularFile = "POC1008";

    /// <summary>A load failed for a reason outside the rule files' content, such as the process running out of memory.</summary>
    public const string LoadFailed = "POC1009";

    /// <summary>A mapping has a key the format does not define.</summary>
    public const string UnknownKey = "POC1010";

    /// <summary>A required key is missing.</summary>
    public const string MissingKey = "POC1011";

    /// <summary>A value is of the wrong kind (a mapping, a list or a single value).</summary>
    public const string WrongNodeType = "POC1012";

    /// <summary>A value is not one the format allows (a date, a code, a penalty, a name).</summary>
    public const string InvalidValue = "POC1013";

    /// <summary>A mapping has the same key twice.</summary>
    public const string DuplicateKey = "POC1014";

    /// <summary>A part of the rule set is defined in more than one file.</summary>
    public const string DuplicateSection = "POC1015";

    /// <summary>The schema version is missing or not one this engine reads.</summary>
    public const string UnsupportedSchemaVersion = "POC1020";

    /// <summary>The rule set folder has no <c>ruleset.yaml</c>, or a required part of the rule set is missing.</summary>
    public const string MissingPart = "POC1021";

    /// <summary>Two versions share a label.</summary>
    public const string DuplicateVersion = "POC1022";

    /// <summary>Two versions share an effective-from date, or versions are not listed in date order.</summary>
    public const string VersionDates = "POC1023";

    /// <summary>A version's changes file is missing, misplaced, or a file under <c>versions/</c> belongs to no version.</summary>
    public const string VersionChanges = "POC1024";

    /// <summary>An offence code is listed twice.</summary>
    public const string DuplicateOffence = "POC1030";

    /// <summary>A category id is referenced but not defined.</summary>
    public const string UnknownCategory = "POC1031";

    /// <summary>Two categories share an id or a precedence.</summary>
    public const string DuplicateCategory = "POC1032";

    /// <summary>A removed offence code is not in the catalogue of the previous version.</summary>
    public const string UnknownRemovedOffence = "POC1033";

    /// <summary>A Home Office classification is listed twice.</summary>
    public const string DuplicateHomeOfficeClass = "POC1034";

    /// <summary>An offence override names a code that is not in the catalogue.</summary>
    public const string UnknownOverriddenOffence = "POC1035";

    /// <summary>A rule set holds more offences or files than the limits allow.</summary>
    public const string TooLarge = "POC1036";

    /// <summary>An override's maximum-from gives nothing: the offence has a maximum of its own, or the equivalent has none.</summary>
    public const string MaximumFromHasNoEffect = "POC1037";

    /// <summary>A catalogue file does not match what <c>poc import</c> wrote (the catalogue manifest): missing, cut short, edited by hand, or not written by the import.</summary>
    public const string CatalogueManifest = "POC1038";

    /// <summary>The ordering is not a total order: it lacks <c>offence-code</c>, repeats a key or ranks after the last.</summary>
    public const string OrderingNotTotal = "POC1040";

    /// <summary>A category rule can never match: an earlier rule matches everything it would.</summary>
    public const string RuleNeverMatches = "POC1050";

    /// <summary>A category rule matches no offence of the catalogue.</summary>
    public const string RuleMatchesNothing = "POC1051";

    /// <summary>Two category rules share an id.</summary>
    public const string DuplicateRule = "POC1052";

    /// <summary>A category rule is malformed: no condition, or both a category and the inchoate base.</summary>
    public const string InvalidRule = "POC1053";

    /// <summary>A title pattern took more than its share of the load's title-matching time (<see cref="RuleSetLoadOptions.MaxTitlePatternTime"/>): it backtracks heavily.</summary>
    public const string TitlePatternTooSlow = "POC1055";

    /// <summary>Offences were placed by the fallback category, which a maintainer should review.</summary>
    public const string FallbackUsed = "POC1060";

    /// <summary>A title pattern of a category rule places no offence: none matches, or an earlier pattern or rule takes each one.</summary>
    public const string TitlePatternPlacesNothing = "POC1054";

    /// <summary>Offences carry a Home Office classification that the Home Office table does not list, so no group rule can place them.</summary>
    public const string UnknownHomeOfficeClass = "POC1061";

    /// <summary>A rule test names a version, category or rule that the rule set does not have, so it could never pass.</summary>
    public const string UnknownTestReference = "POC1070";
}
