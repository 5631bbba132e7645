using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Runtime.CompilerServices;

namespace PocEngine.Validation;

// SHA-256 over a canonical form of a compiled version: one record per item, fields length-prefixed so that no
// value can be mistaken for a separator, items in a fixed order (categories by precedence, rules in rule order,
// Home Office classes and offences by ordinal code). Whitespace, comments, key order and file layout of the YAML
// never reach it. The form is versioned by its first record; changing it changes every hash, so it does not change
// within a schema version.
internal static class ContentHash
{
    private const string FormVersion = "poc-canonical-1";

    // The frozen token an inchoate-base rule hashes as: it spells the key as it was when hashes were first pinned and
    // must not follow a rename of the key.
    internal const string InchoateBaseToken = "inchoate-base";

    [MethodImpl(Optimization.Aggressive)] // Runs once per load over every offence: see FlowLineReader.
    public static string Compute(VersionContent content)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var writer = new RecordWriter(hash);
        writer.Record("form", FormVersion);
        writer.Record("ruleset", content.RuleSetId);
        foreach (var category in content.Categories)
        {
            writer.Record("category", category.Id, category.Name, Number(category.Precedence));
        }

        writer.Record("ordering", [.. content.Ordering.Select(k => RankingKeys.Of(k).HashName)]);
        foreach (var rule in content.CategoryRules)
        {
            WriteRule(writer, rule);
        }

        writer.Record("fallback", content.FallbackCategory.Id);
        writer.Record("derive-inchoate-maximum", content.DeriveInchoateMaximum ? "true" : "false");
        if (content.DeriveClassMaximum)
        {
            // Added after the first form: a version without it hashes as it always did.
            writer.Record("derive-class-maximum", "true");
        }
        foreach (var (cls, group) in content.HomeOfficeTable.Classes.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            writer.Record("ho", cls, group);
        }

        foreach (var offence in content.Offences)
        {
            writer.Record(
                "offence",
                offence.Code,
                offence.Title,
                offence.CjsCategory,
                offence.HomeOfficeClass ?? "-",
                offence.MaximumPenalty?.ToString() ?? "-",
                HashName(offence.MaximumPenaltySource),
                offence.Category?.Id ?? "-",
                offence.ClassifiedBy);
        }

        writer.Flush();
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    // A rule's records, as each condition's descriptor places it (RuleConditionKinds): the conditions of the first form
    // are fields of the rule record; Acts and title patterns came later, in a rule-evidence record with the reason
    // written before it only when the rule gives one of them; a condition added since writes a record of its own after
    // it only when the rule gives it. So a rule without the later conditions hashes as it always did.
    private static void WriteRule(RecordWriter writer, CategoryRule rule)
    {
        var conditions = rule.Conditions;
        if (RuleConditionKinds.All.Any(k => k.Hash.Place == RuleConditionKinds.HashPlace.EvidenceRecord && conditions.ValuesOf(k).Count > 0))
        {
            writer.Record("rule-evidence", [rule.Id, .. FieldsIn(conditions, RuleConditionKinds.HashPlace.EvidenceRecord), rule.Reason ?? "-"]);
        }

        writer.Record("rule", [rule.Id, rule.CategoryId ?? "-", .. FieldsIn(conditions, RuleConditionKinds.HashPlace.RuleRecord)]);
        foreach (var kind in RuleConditionKinds.All)
        {
            if (kind.Hash.Place == RuleConditionKinds.HashPlace.OwnRecord && conditions.ValuesOf(kind).Count > 0)
            {
                writer.Record(kind.Hash.Text, [rule.Id, .. conditions.ValuesOf(kind)]);
            }
        }
    }

    private static IEnumerable<string> FieldsIn(RuleConditions conditions, RuleConditionKinds.HashPlace place) =>
        RuleConditionKinds.All.Where(k => k.Hash.Place == place).Select(k => k.HashField(conditions.ValuesOf(k)));

    // The names the hash has always used, frozen here: renaming a member must not change every version's hash.
    internal static string HashName(MaximumPenaltySource source) => source switch
    {
        MaximumPenaltySource.None => "None",
        MaximumPenaltySource.Catalogue => "Catalogue",
        MaximumPenaltySource.InchoateBase => "InchoateBase",
        MaximumPenaltySource.Equivalent => "Equivalent",
        MaximumPenaltySource.HomeOfficeClassPeers => "HomeOfficeClassPeers",
        MaximumPenaltySource.InchoateVariants => "InchoateVariants",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "A maximum penalty source needs a frozen hash name in ContentHash.HashName."),
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Buffers records and hands the hash large blocks: one AppendData per field costs far more than the hashing.
    private sealed class RecordWriter(IncrementalHash hash)
    {
        private byte[] buffer = new byte[64 * 1024];
        private int used;

        [MethodImpl(Optimization.Aggressive)]
        public void Record(string kind, params string[] fields)
        {
            Field(kind);
            foreach (var field in fields)
            {
                Field(field);
            }

            Append("\n"u8);
        }

        public void Flush()
        {
            hash.AppendData(buffer, 0, used);
            used = 0;
        }

        [MethodImpl(Optimization.Aggressive)]
        private void Field(string value)
        {
            Span<byte> prefix = stackalloc byte[12];
            var length = Encoding.UTF8.GetByteCount(value);
            length.TryFormat(prefix, out var digits, default, CultureInfo.InvariantCulture);
            prefix[digits++] = (byte)':';
            Append(prefix[..digits]);
            Reserve(length);
            used += Encoding.UTF8.GetBytes(value, buffer.AsSpan(used));
        }

        private void Append(ReadOnlySpan<byte> bytes)
        {
            Reserve(bytes.Length);
            bytes.CopyTo(buffer.AsSpan(used));
            used += bytes.Length;
        }

        private void Reserve(int length)
        {
            if (used + length <= buffer.Length)
            {
                return;
            }

            Flush();
            if (length > buffer.Length)
            {
                buffer = new byte[length];
            }
        }
    }
}
