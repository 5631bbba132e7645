using System;
using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PocEngine.Authoring;
using PocEngine.Loading;

namespace PocEngine.Tests.Properties;

// The one-line catalogue format through its writer and both of the loader's readers: the fast line reader, which
// must take every line the writer writes (or the load-time figures would not hold), and the full YAML parser. Titles
// are any Unicode scalar values, with the ones YAML treats specially (line breaks it folds, characters it does not
// print, the byte order mark, non-characters, controls, quotes and backslashes) drawn far more often than chance.
public sealed class CatalogueLineProperties
{
    private const int Runs = 1000;
    private const string File = "offences/a.yaml";

    // Every line the writer writes takes the fast path, and both readers read back the facts it was given.
    [Property(MaxTest = Runs, Arbitrary = [typeof(Texts)])]
    public Property OffenceLine_AnyOffence_TakesTheFastPathAndReadsBackUnchangedByBothReaders(CatalogueOffence offence)
    {
        var text = "offences:\n" + RuleFileWriter.OffenceLine(offence) + "\n";

        var fast = FlowLineReader.TryRead(File, text, RuleSetLoadOptions.Default);
        var (full, diagnostics) = ReadFully(text);

        var expected = Describe(offence.Code, offence.Title, offence.CjsCategory, HomeOfficeTable.ClassOrNull(offence.HomeOfficeClass), MaximumPenalty.TryParse(offence.Maximum, out var max) ? max : null);
        return (diagnostics.Length == 0 && Describe(full) == expected && Describe(fast) == expected)
            .Label($"{Show(text)}\nwritten: {Show(expected)}\nfast: {Show(Describe(fast))}\nfull: {Show(Describe(full))} {string.Join(" ", diagnostics.Select(d => d.ToString()))}");
    }

    [Property(MaxTest = Runs, Arbitrary = [typeof(Texts)])]
    public Property HomeOfficeClassLine_AnyGroupAndTitle_ReadBackUnchangedByBothReaders(UnicodeText group, UnicodeText title)
    {
        const string Path = "home-office-classes.yaml";
        var text = "home-office-classes:\n" + RuleFileWriter.HomeOfficeClassLine(new CatalogueHomeOfficeClass("034/01", "G" + group.Value, title.Value)) + "\n";

        var fast = FlowLineReader.TryRead(Path, text, RuleSetLoadOptions.Default);
        var bag = new DiagnosticBag();
        var tree = DocumentReader.Read(Path, text, RuleSetLoadOptions.Default, bag);
        var full = tree is null ? null : RuleFileParser.Parse(Path, tree, bag);

        var expected = ("G" + group.Value, title.Value);
        return (bag.Items.Count == 0
                && full?.HomeOfficeClasses.Single() is { } f && (f.Group, f.Title) == expected
                && fast?.HomeOfficeClasses.Single() is { } q && (q.Group, q.Title) == expected)
            .Label(Show(text));
    }

    // Files as a person might write them, with raw characters and escapes of every kind inside the quotes and raw
    // characters in the comments: the fast reader may leave a file to the full parser, but when it reads one it must
    // read what YAML reads.
    [Property(MaxTest = Runs, Arbitrary = [typeof(Texts)])]
    public Property TryRead_AnyQuotedTitleAndComments_IsLeftToTheFullParserOrReadAsYamlReadsIt(QuotedBody body, UnicodeText comment)
    {
        var remark = comment.Value.Replace("\n", string.Empty, StringComparison.Ordinal);
        var text = $"# {remark}\noffences: # {remark}\n  - {{code: A1, title: \"{body.Value}\", mode: CE}} # {remark}\n  # {remark}\n";

        var fast = FlowLineReader.TryRead(File, text, RuleSetLoadOptions.Default);
        var (full, diagnostics) = ReadFully(text);

        return (fast is null || (diagnostics.Length == 0 && full?.Offences.Single().Title == fast.Offences.Single().Title))
            .Label($"{Show(text)}\nfast: {Show(fast?.Offences.SingleOrDefault()?.Title)}\nfull: {Show(full?.Offences.SingleOrDefault()?.Title)} {string.Join(" ", diagnostics.Select(d => d.ToString()))}");
    }

    private static (ParsedRuleFile? File, RuleDiagnostic[] Diagnostics) ReadFully(string text)
    {
        var bag = new DiagnosticBag();
        var tree = DocumentReader.Read(File, text, RuleSetLoadOptions.Default, bag);
        var parsed = tree is null ? null : RuleFileParser.Parse(File, tree, bag);
        return (parsed, [.. bag.Items]);
    }

    private static string? Describe(ParsedRuleFile? file) =>
        file?.Offences.SingleOrDefault() is { } o ? Describe(o.Code, o.Title, o.CjsCategory, o.HomeOfficeClass, o.MaximumPenalty) : null;

    private static string Describe(string code, string? title, string? mode, string? homeOfficeClass, MaximumPenalty? max) =>
        $"{code}|{title}|{mode}|{homeOfficeClass}|{max}";

    // Every character outside printable ASCII as its code point, so that a failure can be read.
    private static string Show(string? text) => text is null
        ? "(null)"
        : string.Concat(text.EnumerateRunes().Select(r => r.Value is >= 0x20 and < 0x7f ? r.ToString() : FormattableString.Invariant($"<U+{r.Value:X4}>")));
}

public sealed record UnicodeText(string Value)
{
    public override string ToString() => string.Concat(Value.EnumerateRunes().Select(r => FormattableString.Invariant($"U+{r.Value:X4} ")));
}

public sealed record QuotedBody(string Value)
{
    public override string ToString() => new UnicodeText(Value).ToString();
}

internal static class Texts
{
    // The characters YAML treats specially, and their neighbours: C0 and C1 controls, DEL, the line breaks YAML 1.1
    // folds (NEL, LS, PS), the byte order mark, the non-characters, the edges of the surrogate range and of Unicode,
    // and the punctuation of flow mappings and escapes.
    private static readonly int[] Awkward =
    [
        0x00, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F, 0x20, 0x7F, 0x80, 0x84, 0x85, 0x86, 0x9F, 0xA0,
        0x2028, 0x2029, 0xD7FF, 0xE000, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x1F989, 0x10FFFF,
        '"', '\\', '\'', '#', ',', ':', '{', '}', '[', ']', '&', '*', '!', '|', '>', '%', '@', '`', '-', '?', ' ',
    ];

    private static readonly Gen<int> Scalar = Gen.Frequency(
        (5, Gen.Elements(Awkward)),
        (4, Gen.Choose(0x20, 0x7E)),
        (1, Gen.Choose(0x00, 0x9F)),
        (2, Gen.Choose(0xA0, 0xD7FF)),
        (1, Gen.Choose(0xE000, 0xFFFF)),
        (1, Gen.Choose(0x10000, 0x10FFFF)));

    // YAML's escapes and a few it does not have, \x sometimes with one digit too few, \u sometimes a lone surrogate.
    private static readonly Gen<string> Escape = Gen.OneOf(
        Gen.Elements("\\0", "\\a", "\\b", "\\t", "\\\t", "\\n", "\\v", "\\f", "\\r", "\\e", "\\ ", "\\\"", "\\/", "\\\\", "\\N", "\\_", "\\L", "\\P", "\\q", "\\'", "\\"),
        from digits in Gen.Elements(1, 2, 2, 2, 3)
        from value in Gen.Choose(0, 0xFF)
        select "\\x" + value.ToString("x2", CultureInfo.InvariantCulture)[..Math.Min(2, digits)],
        from value in Scalar
        from upper in Gen.Elements(false, true)
        select value > 0xFFFF || upper ? "\\U" + value.ToString("X8", CultureInfo.InvariantCulture) : "\\u" + value.ToString("x4", CultureInfo.InvariantCulture),
        from value in Gen.Choose(0xD800, 0xDFFF)
        select "\\u" + value.ToString("X4", CultureInfo.InvariantCulture));

    private static readonly Gen<string> Code =
        from length in Gen.Choose(1, 16)
        from characters in Gen.ArrayOf(Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".ToCharArray()), length)
        select new string(characters);

    public static Arbitrary<CatalogueOffence> CatalogueOffences() => (
        from code in Code
        from title in Gen.ListOf(Scalar).Select(Text)
        from mode in Gen.Elements(ModeOfTrialCodes.All.ToArray())
        from homeOfficeClass in Gen.Elements(null, "000/00", "034/01", "999/99")
        from max in Gen.Elements(null, "life", "14y", "1y6m", "26w", "14d")
        select new CatalogueOffence(code, title, mode, homeOfficeClass, max)).ToArbitrary();

    public static Arbitrary<UnicodeText> UnicodeTexts() =>
        Gen.ListOf(Scalar).Select(s => new UnicodeText(Text(s))).ToArbitrary();

    // Raw characters other than the closing quote, backslash and line feed (which would end the line), and escapes.
    public static Arbitrary<QuotedBody> QuotedBodies() =>
        Gen.ListOf(Gen.Frequency(
                (3, Scalar.Where(c => c is not ('"' or '\\' or '\n')).Select(c => Text([c]))),
                (2, Escape)))
            .Select(parts => new QuotedBody(string.Concat(parts)))
            .ToArbitrary();

    private static string Text(System.Collections.Generic.IEnumerable<int> scalars)
    {
        var text = new StringBuilder();
        foreach (var scalar in scalars)
        {
            text.Append(char.ConvertFromUtf32(scalar));
        }

        return text.ToString();
    }
}
