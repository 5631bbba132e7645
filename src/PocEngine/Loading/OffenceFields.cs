using System;
using System.Linq;
using System.Runtime.CompilerServices;

namespace PocEngine.Loading;

// The keys of an offence (an entry of 'offences') and of an offence override (an entry of 'offence-overrides'),
// declared once: each key's name (from RuleFileFormat), which entries allow it and which need it, how its value is read
// and checked (with the sentence that says what is allowed), where it lands on the OffenceDoc, and how an override's
// value lies over the catalogue's. From this one table come the keys each entry allows, the full reader's reading of
// either entry (Read), the fast line reader's (FlowLineReader, through TryTake) and an override laid over its offence
// (Overlay). A new key is a row here and a property of OffenceDoc.
internal static class OffenceFields
{
    public static readonly OffenceField[] All = Numbered(
    [
        new OffenceField<string>(RuleFileFormat.Code, OffenceEntry.Both, required: OffenceEntry.Both, Code, static (entry, code) => entry.Code = code,
            problem: CodeNotAllowed),
        new OffenceField<string>(RuleFileFormat.Reason, OffenceEntry.Override, required: OffenceEntry.Override, Text, static (entry, reason) => entry.Reason = reason),
        new OffenceField<string>(RuleFileFormat.Title, OffenceEntry.Both, required: OffenceEntry.Offence, Text, static (entry, title) => entry.Title = title,
            overlay: static (over, entry) => entry.Title = over.Title),
        new OffenceField<string>(RuleFileFormat.Mode, OffenceEntry.Both, required: OffenceEntry.Offence, Mode, static (entry, mode) => entry.CjsCategory = mode,
            problem: static mode => $"The mode '{mode}' is not a CJS offence category code; offences use {ModeOfTrialCodes.CriminalCodes}, and non-offences one of {string.Join(", ", ModeOfTrialCodes.All.ToArray())}.",
            overlay: static (over, entry) => entry.CjsCategory = over.CjsCategory),
        new OffenceField<string?>(RuleFileFormat.HomeOfficeClass, OffenceEntry.Both, required: OffenceEntry.None, HomeOfficeClass, static (entry, cls) => entry.HomeOfficeClass = cls,
            problem: static cls => $"The Home Office classification '{cls}' is not allowed; {RuleFileFormat.HomeOfficeClassAllowed}, or leave the key out.",
            overlay: static (over, entry) => entry.HomeOfficeClass = over.HomeOfficeClass ?? entry.HomeOfficeClass),
        new OffenceField<MaximumPenalty>(RuleFileFormat.Max, OffenceEntry.Both, required: OffenceEntry.None, Maximum, static (entry, max) => entry.MaximumPenalty = max,
            problem: static max => $"The maximum penalty '{max}' is not allowed; {RuleFileFormat.MaximumAllowed}, or leave the key out when none is known.",
            overlay: static (over, entry) => entry.MaximumPenalty = over.MaximumPenalty),
        new OffenceField<Located<string>>(RuleFileFormat.MaximumFrom, OffenceEntry.Override, required: OffenceEntry.None, CodeAt, static (entry, from) => entry.MaximumFrom = from,
            problem: CodeNotAllowed,
            overlay: static (over, entry) => entry.MaximumFrom = over.MaximumFrom),
        new OffenceField<Located<string>>(RuleFileFormat.Category, OffenceEntry.Both, required: OffenceEntry.None, TextAt, static (entry, category) => entry.Category = category,
            overlay: static (over, entry) => entry.Category = over.Category),
    ]);

    // The keys each entry allows, in the table's order, which diagnostics list them in; and the rows of an offence's
    // keys in the same order, for the fast reader.
    public static readonly string[] OffenceKeys = [.. All.Where(f => f.IsIn(OffenceEntry.Offence)).Select(f => f.Key)];

    public static readonly string[] OverrideKeys = [.. All.Where(f => f.IsIn(OffenceEntry.Override)).Select(f => f.Key)];

    public static readonly OffenceField[] OfOffences = [.. All.Where(f => f.IsIn(OffenceEntry.Offence))];

    private static readonly int RequiredOfOffences = RequiredOf(OffenceEntry.Offence);

    private static readonly int RequiredOfOverrides = RequiredOf(OffenceEntry.Override);

    // Reads an entry of 'offences' or 'offence-overrides', reporting each problem at its place. Null when the entry
    // cannot be used: it is not a mapping, or a key it needs is missing or its value not allowed. A value not allowed
    // under a key the entry may leave out is reported and left off, so the entry's other mistakes are still found.
    public static OffenceDoc? Read(MappingReader list, DocumentNode item, OffenceEntry kind)
    {
        var what = kind == OffenceEntry.Offence ? "an offence" : "an offence override";
        var entry = MappingReader.Open(list.File, item, what, kind == OffenceEntry.Offence ? OffenceKeys : OverrideKeys, list.Diagnostics);
        if (entry is null)
        {
            return null;
        }

        var doc = new OffenceDoc(list.File, item.Line, item.Column);
        foreach (var field in All)
        {
            if (field.IsIn(kind) && entry.Scalar(field.Key, field.IsRequiredIn(kind), what) is { } value && !field.TryTake(doc, value.Value, value.Line, value.Column))
            {
                list.Diagnostics.Error(DiagnosticCodes.InvalidValue, list.File, value, field.Problem(value.Value));
            }
        }

        if (!IsWhole(doc, kind))
        {
            return null;
        }

        if (doc is { MaximumPenalty: not null, MaximumFrom: { } from })
        {
            list.Diagnostics.Error(DiagnosticCodes.InvalidValue, list.File, from.Line, from.Column, $"The override of '{doc.Code}' gives both '{RuleFileFormat.Max}' and '{RuleFileFormat.MaximumFrom}'; give the maximum itself or the code to take it from, not both.");
            return null;
        }

        return doc;
    }

    // Whether an entry gave every key its kind needs.
    [MethodImpl(Optimization.Aggressive)]
    public static bool IsWhole(OffenceDoc entry, OffenceEntry kind)
    {
        var required = kind == OffenceEntry.Offence ? RequiredOfOffences : RequiredOfOverrides;
        return (entry.Given & required) == required;
    }

    // The offence as an override leaves it: each fact the override gives replaces the catalogue's. It is placed at the
    // override, which diagnostics about it then name.
    public static OffenceDoc Overlay(OffenceDoc offence, OffenceDoc over)
    {
        var merged = offence.CopyAt(over.File, over.Line, over.Column);
        foreach (var field in All)
        {
            if (over.Gives(field))
            {
                field.Overlay(over, merged);
            }
        }

        return merged;
    }

    private static string CodeNotAllowed(string code) => $"The offence code '{code}' is not allowed; {RuleFileFormat.CodeAllowed}.";

    // How values are read: each gives false for a value the format does not allow.
    private static bool Text(string text, int line, int column, out string value)
    {
        value = text;
        return true;
    }

    private static bool TextAt(string text, int line, int column, out Located<string> value)
    {
        value = new(text, line, column);
        return true;
    }

    private static bool Code(string text, int line, int column, out string value)
    {
        value = text;
        return RuleFileFormat.IsCode(text);
    }

    private static bool CodeAt(string text, int line, int column, out Located<string> value)
    {
        value = new(text, line, column);
        return RuleFileFormat.IsCode(text);
    }

    // A known code, as one shared string for each mode of trial (30,000 entries hold four values).
    private static bool Mode(string text, int line, int column, out string value)
    {
        value = ModeOfTrialCodes.TryGetModeOfTrial(text, out var mode) ? ModeOfTrialCodes.ToCode(mode) : text;
        return ModeOfTrialCodes.IsKnown(text);
    }

    // 000/00 is the standing data's "no classification", not a class: read as none, since treating it as one would give
    // every unclassified code the table's "Other summary offences" group. An override that gives it changes nothing.
    private static bool HomeOfficeClass(string text, int line, int column, out string? value)
    {
        value = HomeOfficeTable.ClassOrNull(text);
        return HomeOfficeTable.IsClass(text);
    }

    private static bool Maximum(string text, int line, int column, out MaximumPenalty value) => MaximumPenalty.TryParse(text, out value);

    private static int RequiredOf(OffenceEntry kind) => All.Where(f => f.IsRequiredIn(kind)).Aggregate(0, (mask, f) => mask | f.Bit);

    private static OffenceField[] Numbered(OffenceField[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i].Bit = 1 << i;
        }

        return fields;
    }
}

// The entries that have offence keys.
[Flags]
internal enum OffenceEntry
{
    None = 0,
    Offence = 1,
    Override = 2,
    Both = Offence | Override,
}

// One key of an offence or an override: see OffenceFields.
internal abstract class OffenceField(string key, OffenceEntry allowedIn, OffenceEntry requiredIn, Func<string, string>? problem)
{
    public string Key { get; } = key;

    // The key's bit in OffenceDoc.Given.
    public int Bit { get; set; }

    public bool IsIn(OffenceEntry kind) => (allowedIn & kind) != 0;

    public bool IsRequiredIn(OffenceEntry kind) => (requiredIn & kind) != 0;

    // Reads a value onto the entry, and records that the entry gave the key; false, leaving the entry as it was, for a
    // value the format does not allow.
    public abstract bool TryTake(OffenceDoc entry, string text, int line, int column);

    // The sentence that says why a value was not taken, and what is allowed.
    public string Problem(string text) => problem?.Invoke(text) ?? throw new InvalidOperationException($"The key '{Key}' refused a value without saying why.");

    // Lays the value an override gave over an offence's.
    public abstract void Overlay(OffenceDoc over, OffenceDoc entry);
}

internal delegate bool ValueReader<T>(string text, int line, int column, out T value);

internal sealed class OffenceField<T>(
    string key,
    OffenceEntry allowedIn,
    OffenceEntry required,
    ValueReader<T> read,
    Action<OffenceDoc, T> store,
    Func<string, string>? problem = null,
    Action<OffenceDoc, OffenceDoc>? overlay = null)
    : OffenceField(key, allowedIn, required, problem)
{
    [MethodImpl(Optimization.Aggressive)]
    public override bool TryTake(OffenceDoc entry, string text, int line, int column)
    {
        if (!read(text, line, column, out var value))
        {
            return false;
        }

        store(entry, value);
        entry.Given |= Bit;
        return true;
    }

    public override void Overlay(OffenceDoc over, OffenceDoc entry) => overlay?.Invoke(over, entry);
}
