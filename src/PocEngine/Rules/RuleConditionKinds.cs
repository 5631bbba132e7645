using System;
using System.Collections.Generic;
using PocEngine.Loading;

namespace PocEngine.Rules;

// The one home of each condition of a category rule: its name in rule files (from RuleFileFormat.ConditionKeys), how
// the parser reads a value, how an earlier rule's values cover a later rule's (for "the earlier rule matches every
// offence the later one would"), whether it needs a reason, and how it reaches the content hash. RuleFileParser,
// VersionCompiler (CheckRules, Covers), RuleConditions and ContentHash read every condition from here; RuleMatcher
// tests each with typed values. RuleConditionKindsTests (read, matched, hashed) and OffenceDiffTests (reported by
// 'poc diff') fail until a new key of ConditionKeys has a row here and reaches each stage. A new condition is the last
// key and the last row, so that older conditions keep their places and their hash.
internal static class RuleConditionKinds
{
    public static readonly Descriptor Code = new(0, RuleFileFormat.Code, ValueSyntax.Code, Coverage.Prefix, ConditionHash.InRule(","), NeedsReason: false);

    public static readonly Descriptor Act = new(1, RuleFileFormat.Act, ValueSyntax.Act, Coverage.Exact, ConditionHash.InEvidence(","), NeedsReason: true);

    public static readonly Descriptor Mode = new(2, RuleFileFormat.Mode, ValueSyntax.Mode, Coverage.Exact, ConditionHash.InRule(","), NeedsReason: false);

    public static readonly Descriptor HomeOfficeClass = new(3, RuleFileFormat.HomeOfficeClass, ValueSyntax.HomeOfficeClass, Coverage.Prefix, ConditionHash.InRule(","), NeedsReason: false);

    public static readonly Descriptor HomeOfficeGroup = new(4, RuleFileFormat.HomeOfficeGroup, ValueSyntax.Text, Coverage.Exact, ConditionHash.InRule(","), NeedsReason: false);

    // Title patterns are compared as text: an earlier rule covers a later one's titles only with the same patterns.
    public static readonly Descriptor Title = new(5, RuleFileFormat.Title, ValueSyntax.Text, Coverage.Exact, ConditionHash.InEvidence("\n"), NeedsReason: true);

    // An inchoate-base rule places an offence only when its base has a category, so it never covers a later rule.
    public static readonly Descriptor InchoateBase = new(6, RuleFileFormat.InchoateBase, ValueSyntax.Flag, Coverage.Never, ConditionHash.InRuleAsFlag(PocEngine.Validation.ContentHash.InchoateBaseToken), NeedsReason: false);

    // An Act a title cites by name and year (ActCitations); compared as text, like titles.
    public static readonly Descriptor CitedActs = new(7, RuleFileFormat.CitedActs, ValueSyntax.CitedAct, Coverage.Exact, ConditionHash.InOwnRecord("rule-cited-acts"), NeedsReason: true);

    // In the order of the rule and rule-evidence records' fields, which is the order of ConditionKeys. A condition
    // added later hashes as ConditionHash.InOwnRecord("rule-<its name>"): a record of its own, written only for a rule
    // that gives it, so that every rule set written before it keeps its hash.
    public static readonly Descriptor[] All = [Code, Act, Mode, HomeOfficeClass, HomeOfficeGroup, Title, InchoateBase, CitedActs];

    // Empty value lists, one for each condition, for a rule being read.
    public static List<T>[] NewLists<T>() => Array.ConvertAll(All, _ => new List<T>());

    // Index: the condition's place in All (and in RuleConditions and RuleDoc); Name: its key in rule files.
    internal sealed record Descriptor(int Index, string Name, ValueSyntax Syntax, Coverage Coverage, ConditionHash Hash, bool NeedsReason)
    {
        public bool IsFlag => Syntax == ValueSyntax.Flag;

        // The condition's field in the rule or rule-evidence record.
        public string HashField(IReadOnlyList<string> values) =>
            IsFlag ? (values.Count > 0 ? Hash.Text : "-") : string.Join(Hash.Text, values);

        // Whether one value of an earlier rule (pattern) matches every offence that one value of a later rule does.
        public bool Covers(string pattern, string value) => Coverage switch
        {
            Coverage.Prefix when pattern.EndsWith('*') => value.StartsWith(pattern[..^1], StringComparison.Ordinal),
            Coverage.Prefix or Coverage.Exact => string.Equals(pattern, value, StringComparison.Ordinal),
            _ => false,
        };
    }

    // What a value of the condition may be; the parser checks it and words the diagnostic.
    internal enum ValueSyntax
    {
        // Any text (a Home Office group; a title pattern, which the compiler checks as a pattern).
        Text,

        // An offence code, or a code prefix ending in *.
        Code,

        // The first four characters of offence codes.
        Act,

        // A mode of trial's code: CI, CE, CS or CM.
        Mode,

        // A Home Office classification NNN/NN, or a whole class NNN/*.
        HomeOfficeClass,

        // An Act's name and year as a title cites it: ActCitations.Key gives it a key.
        CitedAct,

        // true or false; a rule gives the condition only when it is true, held as the one value "true".
        Flag,
    }

    // How an earlier rule's values of the condition cover a later rule's.
    internal enum Coverage
    {
        // A value covers the same value, compared ordinally.
        Exact,

        // As Exact, and a value ending in * covers every value that starts with what comes before the *.
        Prefix,

        // A rule that gives the condition never covers another rule.
        Never,
    }

    // Where the condition's values go in the content hash.
    internal enum HashPlace
    {
        // A field of the rule record, in the first form.
        RuleRecord,

        // A field of the rule-evidence record, written before the rule record when a rule gives any evidence condition.
        EvidenceRecord,

        // A record of its own after the rule record, written only when a rule gives the condition.
        OwnRecord,
    }

    // Text: in a record's field, the separator between the values, or the frozen text a flag that is set writes ("-"
    // when it is not); for a record of its own, the record's frozen kind. Frozen: renaming a key in rule files must not
    // change a published version's hash.
    internal sealed record ConditionHash(HashPlace Place, string Text)
    {
        public static ConditionHash InRule(string separator) => new(HashPlace.RuleRecord, separator);

        public static ConditionHash InRuleAsFlag(string text) => new(HashPlace.RuleRecord, text);

        public static ConditionHash InEvidence(string separator) => new(HashPlace.EvidenceRecord, separator);

        public static ConditionHash InOwnRecord(string kind) => new(HashPlace.OwnRecord, kind);
    }
}
