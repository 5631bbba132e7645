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

    [MethodImpl(Optimization.Aggressive)] // Runs once per load over every offence: see FlowLineReader.
    public static string Compute(
        string ruleSetId,
        IReadOnlyList<Category> categories,
        IReadOnlyList<RankingKey> ordering,
        IReadOnlyList<CategoryRule> rules,
        Category fallback,
        bool deriveInchoateMaximum,
        bool deriveClassMaximum,
        HomeOfficeTable table,
        IReadOnlyList<Offence> offences)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var writer = new RecordWriter(hash);
        writer.Record("form", FormVersion);
        writer.Record("ruleset", ruleSetId);
        foreach (var category in categories)
        {
            writer.Record("category", category.Id, category.Name, Number(category.Precedence));
        }

        writer.Record("ordering", [.. ordering.Select(k => RankingKeys.Of(k).HashName)]);
        foreach (var rule in rules)
        {
            // Acts and title patterns came after the first form; a rule without them hashes as it always did.
            if (rule.Acts.Count + rule.TitlePatterns.Count > 0)
            {
                writer.Record("rule-evidence", rule.Id, string.Join(",", rule.Acts), string.Join("\n", rule.TitlePatterns), rule.Reason ?? "-");
            }

            writer.Record(
                "rule",
                rule.Id,
                rule.CategoryId ?? "-",
                string.Join(",", rule.Codes),
                string.Join(",", rule.Modes.Select(ModeOfTrialCodes.ToCode)),
                string.Join(",", rule.HomeOfficeClasses),
                string.Join(",", rule.HomeOfficeGroups),
                rule.InchoateBase ? "inchoate-base" : "-");
        }

        writer.Record("fallback", fallback.Id);
        writer.Record("derive-inchoate-maximum", deriveInchoateMaximum ? "true" : "false");
        if (deriveClassMaximum)
        {
            // Added after the first form: a version without it hashes as it always did.
            writer.Record("derive-class-maximum", "true");
        }
        foreach (var (cls, group) in table.Classes.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            writer.Record("ho", cls, group);
        }

        foreach (var offence in offences)
        {
            writer.Record(
                "offence",
                offence.Code,
                offence.Title,
                offence.CjsCategory,
                offence.HomeOfficeClass ?? "-",
                offence.MaximumPenalty?.ToString() ?? "-",
                offence.MaximumPenaltySource.ToString(),
                offence.Category?.Id ?? "-",
                offence.ClassifiedBy);
        }

        writer.Flush();
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

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
