using System;
using System.Collections.Generic;
using System.Globalization;

namespace PocEngine.Loading;

// Reads one YAML mapping against the keys the format allows, reporting unknown keys (with a suggestion),
// duplicate keys, missing keys and values of the wrong kind. Every problem is reported; none stops the reading.
internal sealed class MappingReader
{
    private readonly Dictionary<string, KeyValuePair<ScalarNode, DocumentNode>> entries = new(StringComparer.Ordinal);

    // Allowed keys offered as "Did you mean" for an unknown key: the key is there, misspelt, so it is not also
    // reported as missing (one mistake, one error).
    private readonly HashSet<string> suggested = new(StringComparer.Ordinal);

    private MappingReader(string file, DocumentNode node, DiagnosticBag diagnostics)
    {
        File = file;
        Node = node;
        Diagnostics = diagnostics;
    }

    public string File { get; }

    public DocumentNode Node { get; }

    public DiagnosticBag Diagnostics { get; }

    public IEnumerable<string> Keys => entries.Keys;

    public static MappingReader? Open(string file, DocumentNode node, string what, ReadOnlySpan<string> allowedKeys, DiagnosticBag diagnostics)
    {
        if (node is not MappingNode mapping)
        {
            diagnostics.Error(DiagnosticCodes.WrongNodeType, file, node, $"{AtStart(what)} is {node.KindName}; it must be a mapping of keys to values.");
            return null;
        }

        var reader = new MappingReader(file, node, diagnostics);
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (allowedKeys.IndexOf(key) < 0)
            {
                var suggestion = Suggest(key, allowedKeys);
                if (suggestion is not null)
                {
                    reader.suggested.Add(suggestion);
                }

                diagnostics.Error(DiagnosticCodes.UnknownKey, file, entry.Key, $"The key '{key}' is not allowed in {Within(what)}; allowed keys are {string.Join(", ", allowedKeys.ToArray())}.{DidYouMean(suggestion)}");
                continue;
            }

            if (!reader.entries.TryAdd(key, entry))
            {
                var first = reader.entries[key].Key;
                diagnostics.Error(DiagnosticCodes.DuplicateKey, file, entry.Key, FormattableString.Invariant($"The key '{key}' appears twice in {Within(what)} (first at line {first.Line}); give each key once."));
            }
        }

        return reader;
    }

    public bool Has(string key) => entries.ContainsKey(key);

    // Whether a missing key should be reported: not when an unknown key was already reported as its misspelling.
    public bool ReportMissing(string key) => !suggested.Contains(key);

    public DocumentNode? Get(string key) => entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public ScalarNode? KeyNode(string key) => entries.TryGetValue(key, out var entry) ? entry.Key : null;

    public ScalarNode? Scalar(string key, bool required, string what)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required && ReportMissing(key))
            {
                Diagnostics.Error(DiagnosticCodes.MissingKey, File, Node, $"{AtStart(what)} has no '{key}'; it is required.");
            }

            return null;
        }

        if (node is not ScalarNode scalar)
        {
            Diagnostics.Error(DiagnosticCodes.WrongNodeType, File, node, $"The '{key}' of {Within(what)} is {node.KindName}; it must be a single value.");
            return null;
        }

        if (scalar.IsNull)
        {
            Diagnostics.Error(DiagnosticCodes.InvalidValue, File, node, $"The '{key}' of {Within(what)} is empty; give it a value or leave the key out.");
            return null;
        }

        return scalar;
    }

    public string? String(string key, bool required, string what) => Scalar(key, required, what)?.Value;

    public SequenceNode? Sequence(string key, bool required, string what)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required && ReportMissing(key))
            {
                Diagnostics.Error(DiagnosticCodes.MissingKey, File, Node, $"{AtStart(what)} has no '{key}'; it is required.");
            }

            return null;
        }

        return AsSequence(node, $"The '{key}' of {Within(what)}");
    }

    public SequenceNode? AsSequence(DocumentNode node, string what)
    {
        if (node is SequenceNode sequence)
        {
            return sequence;
        }

        Diagnostics.Error(DiagnosticCodes.WrongNodeType, File, node, $"{AtStart(what)} is {node.KindName}; it must be a list.");
        return null;
    }

    public bool? Boolean(string key, string what)
    {
        var scalar = Scalar(key, required: false, what);
        if (scalar is null)
        {
            return null;
        }

        switch (scalar.Value)
        {
            case "true": return true;
            case "false": return false;
            default:
                Diagnostics.Error(DiagnosticCodes.InvalidValue, File, scalar, $"The '{key}' of {Within(what)} is '{scalar.Value}'; it must be true or false.");
                return null;
        }
    }

    public DateOnly? Date(string key, bool required, string what)
    {
        var scalar = Scalar(key, required, what);
        if (scalar is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Diagnostics.Error(DiagnosticCodes.InvalidValue, File, scalar, $"The '{key}' of {Within(what)} is '{scalar.Value}'; it must be a date written yyyy-MM-dd.");
        return null;
    }

    public int? Integer(string key, bool required, string what, int min, int max)
    {
        var scalar = Scalar(key, required, what);
        if (scalar is null)
        {
            return null;
        }

        if (int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Diagnostics.Error(DiagnosticCodes.InvalidValue, File, scalar, FormattableString.Invariant($"The '{key}' of {Within(what)} is '{scalar.Value}'; it must be a whole number from {min} to {max}."));
        return null;
    }

    // Every description of what is read starts with an article ("an offence", "The rule set header"), and callers
    // write it either way: a sentence starts with it capitalised, and takes it in lower case anywhere else.
    private static string AtStart(string what) => char.ToUpperInvariant(what[0]) + what[1..];

    private static string Within(string what) => char.ToLowerInvariant(what[0]) + what[1..];

    // The end of a diagnostic about a mistyped name: " Did you mean 'x'?" for the nearest allowed name, or nothing.
    public static string DidYouMean(string value, ReadOnlySpan<string> allowed) => DidYouMean(Suggest(value, allowed));

    private static string DidYouMean(string? suggestion) => suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?";

    // Returns the allowed key nearest to a mistyped one, when it is close enough to be a likely typo.
    private static string? Suggest(string key, ReadOnlySpan<string> allowed)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in allowed)
        {
            var distance = Distance(key, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Max(2, key.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
