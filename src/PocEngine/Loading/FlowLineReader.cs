using System;
using System.Globalization;
using System.Text;
using System.Runtime.CompilerServices;

namespace PocEngine.Loading;

// A fast reader for the bulk of a rule set: the offence catalogue and the Home Office table, as 'poc import' writes
// them, one flow mapping a line:
//
//   # comment
//   offences:
//     - {code: TH68023, title: "Robbery", mode: CI, ho-class: "034/01", max: life}
//
// It builds the parsed entries directly, without the node tree, because YamlDotNet and the general reader take
// several times longer and allocate far more for 30,000 lines. It accepts only lines that are valid in every respect
// (known keys once each, required keys present, every value well formed); anything else (block mappings, single
// quotes, anchors, tags, unusual plain scalars, a bad value) makes it return null, and the caller reads the file with
// the full YAML parser, which reports every problem with its place. A test checks that both readers give the same
// entries for every shipped rule file.
//
// Methods that run once per line are marked AggressiveOptimization: they run once per load over 30,000 entries, and
// compiling them optimised up front costs less than running them as tier-0 code first (it took the cold load of the
// default rule set from about 330 ms to about 260 ms on a 2-core machine).
internal static class FlowLineReader
{
    // How every entry line starts: two spaces, the list's dash, and the flow mapping's brace (RuleFileWriter writes it).
    public const string EntryStart = "  - {";

    private const int MaxFields = 8;

    // YamlDotNet reads NUL as the end of the text, and CR, NEL, LS and PS as line breaks (as YAML 1.1 does), where this
    // reader breaks lines at LF alone: a line holding one, even in a comment or inside quotes, is left to the full parser.
    private const string NotOnALine = "\0\r\u0085\u2028\u2029";

    [MethodImpl(Optimization.Aggressive)]
    public static ParsedRuleFile? TryRead(string path, string text, RuleSetLoadOptions options)
    {
        if (RuleFileFormat.KindOf(path) != RuleFileKind.Content)
        {
            return null;
        }

        var file = new ParsedRuleFile(path, RuleFileKind.Content);
        string? section = null;
        var fields = new Field[MaxFields];
        var lineNumber = 0;
        var position = 0;
        var entries = 0;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            lineNumber++;
            var line = text.AsSpan(position, end - position);
            position = end + 1;
            if (line.Length > 0 && line[^1] == '\r')
            {
                line = line[..^1];
            }

            if (line.IndexOfAny(NotOnALine.AsSpan()) >= 0)
            {
                return null;
            }

            if (IsBlankOrComment(line))
            {
                continue;
            }

            if (section is null)
            {
                var colon = line.IndexOf(':');
                if (colon <= 0 || !IsBlankOrComment(line[(colon + 1)..]))
                {
                    return null;
                }

                section = line[..colon].ToString();
                if (section is not (RuleFileFormat.Offences or RuleFileFormat.HomeOfficeClasses))
                {
                    return null;
                }

                continue;
            }

            if (!line.StartsWith(EntryStart.AsSpan()) || !TryReadEntry(line, options, fields, out var count))
            {
                return null;
            }

            var added = section == RuleFileFormat.Offences
                ? TryAddOffence(file, fields.AsSpan(0, count), lineNumber)
                : TryAddHomeOfficeClass(file, fields.AsSpan(0, count), lineNumber);
            if (!added)
            {
                return null;
            }

            entries++;
        }

        // An empty list ("offences:" alone) is YAML's null, not a list: leave that to the full parser to report.
        return entries > 0 ? file : null;
    }

    [MethodImpl(Optimization.Aggressive)]
    private static bool TryAddOffence(ParsedRuleFile file, ReadOnlySpan<Field> fields, int line)
    {
        string? code = null, title = null, mode = null, homeOfficeClass = null, category = null;
        MaximumPenalty? max = null;
        Located<string>? categoryAt = null;
        foreach (var field in fields)
        {
            switch (field.Key)
            {
                case RuleFileFormat.Code when code is null && RuleFileFormat.IsCode(field.Value): code = field.Value; break;
                case RuleFileFormat.Title when title is null: title = field.Value; break;
                case RuleFileFormat.Mode when mode is null && ModeOfTrialCodes.IsKnown(field.Value): mode = field.Value; break;
                case RuleFileFormat.HomeOfficeClass when homeOfficeClass is null && HomeOfficeTable.IsClass(field.Value): homeOfficeClass = field.Value; break;
                case RuleFileFormat.Max when max is null && MaximumPenalty.TryParse(field.Value, out var penalty): max = penalty; break;
                case RuleFileFormat.Category when category is null && field.Plain:
                    category = field.Value;
                    categoryAt = new Located<string>(field.Value, line, field.Column);
                    break;
                default: return false;
            }
        }

        if (code is null || title is null || mode is null)
        {
            return false;
        }

        file.Offences.Add(new OffenceDoc
        {
            Code = code,
            Title = title,
            CjsCategory = Intern(mode),
            HomeOfficeClass = HomeOfficeTable.ClassOrNull(homeOfficeClass),
            MaximumPenalty = max,
            Category = categoryAt,
            File = file.Path,
            Line = line,
            Column = 5,
        });
        return true;
    }

    [MethodImpl(Optimization.Aggressive)]
    private static bool TryAddHomeOfficeClass(ParsedRuleFile file, ReadOnlySpan<Field> fields, int line)
    {
        string? cls = null, group = null, title = null;
        foreach (var field in fields)
        {
            switch (field.Key)
            {
                case RuleFileFormat.Class when cls is null && HomeOfficeTable.IsClass(field.Value): cls = field.Value; break;
                case RuleFileFormat.Group when group is null && field.Value.Length > 0: group = field.Value; break;
                case RuleFileFormat.Title when title is null: title = field.Value; break;
                default: return false;
            }
        }

        if (cls is null || group is null)
        {
            return false;
        }

        file.HomeOfficeClasses.Add(new HomeOfficeClassDoc { Class = cls, Group = group, Title = title, File = file.Path, Line = line, Column = 5 });
        return true;
    }

    private static string Intern(string mode) => mode switch
    {
        "CI" => "CI",
        "CE" => "CE",
        "CS" => "CS",
        "CM" => "CM",
        _ => mode,
    };

    [MethodImpl(Optimization.Aggressive)]
    private static bool TryReadEntry(ReadOnlySpan<char> line, RuleSetLoadOptions options, Field[] fields, out int count)
    {
        count = 0;
        var i = 5;
        while (true)
        {
            i = SkipSpaces(line, i);
            var keyStart = i;
            while (i < line.Length && line[i] != ':' && line[i] != ' ')
            {
                i++;
            }

            if (i >= line.Length - 1 || line[i] != ':' || line[i + 1] != ' ' || !IsKey(line[keyStart..i]) || count == MaxFields)
            {
                return false;
            }

            var key = KeyName(line[keyStart..i]);
            i = SkipSpaces(line, i + 1);
            var valueStart = i;
            string? value;
            bool plain;
            if (i < line.Length && line[i] == '"')
            {
                if (!TryReadQuoted(line, ref i, out value))
                {
                    return false;
                }

                plain = false;
            }
            else
            {
                while (i < line.Length && line[i] != ',' && line[i] != '}')
                {
                    i++;
                }

                var raw = line[valueStart..i];
                if (!IsSafePlain(raw))
                {
                    return false;
                }

                value = raw.ToString();
                plain = true;
            }

            if (value.Length > options.MaxScalarLength)
            {
                return false;
            }

            fields[count++] = new Field(key, value, plain, valueStart + 1);
            i = SkipSpaces(line, i);
            if (i < line.Length && line[i] == ',')
            {
                i++;
                continue;
            }

            if (i < line.Length && line[i] == '}')
            {
                var rest = line[(i + 1)..];
                return rest.IsEmpty || (rest[0] == ' ' && IsBlankOrComment(rest));
            }

            return false;
        }
    }

    // Known keys come back as constants, so that the switch above compares without allocating.
    private static string KeyName(ReadOnlySpan<char> key) => key switch
    {
        RuleFileFormat.Code => RuleFileFormat.Code,
        RuleFileFormat.Title => RuleFileFormat.Title,
        RuleFileFormat.Mode => RuleFileFormat.Mode,
        RuleFileFormat.HomeOfficeClass => RuleFileFormat.HomeOfficeClass,
        RuleFileFormat.Max => RuleFileFormat.Max,
        RuleFileFormat.Category => RuleFileFormat.Category,
        RuleFileFormat.Class => RuleFileFormat.Class,
        RuleFileFormat.Group => RuleFileFormat.Group,
        _ => key.ToString(),
    };

    // YAML double-quoted scalars with the escapes 'poc import' and editors write; anything rarer falls back.
    [MethodImpl(Optimization.Aggressive)]
    private static bool TryReadQuoted(ReadOnlySpan<char> line, ref int i, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
    {
        // Most titles have no escape: take them in one slice.
        var body = line[(i + 1)..];
        var close = body.IndexOfAny('"', '\\');
        if (close >= 0 && body[close] == '"' && !ContainsControl(body[..close]))
        {
            value = body[..close].ToString();
            i += close + 2;
            return true;
        }

        var text = new StringBuilder();
        i++;
        while (i < line.Length)
        {
            var c = line[i++];
            if (c == '"')
            {
                value = text.ToString();
                return true;
            }

            if (c != '\\')
            {
                if (c < ' ' && c != '\t')
                {
                    break;
                }

                text.Append(c);
                continue;
            }

            if (i >= line.Length)
            {
                break;
            }

            var escape = line[i++];
            switch (escape)
            {
                case '"': text.Append('"'); break;
                case '\\': text.Append('\\'); break;
                case '/': text.Append('/'); break;
                case 't': text.Append('\t'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case '0': text.Append('\0'); break;
                case 'N': text.Append('\u0085'); break;
                case 'L': text.Append('\u2028'); break;
                case 'P': text.Append('\u2029'); break;
                case 'x' when i + 2 <= line.Length && int.TryParse(line.Slice(i, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    text.Append((char)code);
                    i += 2;
                    break;
                case 'u' when i + 4 <= line.Length && int.TryParse(line.Slice(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit) && !char.IsSurrogate((char)unit):
                    text.Append((char)unit);
                    i += 4;
                    break;
                default:
                    value = null;
                    return false;
            }
        }

        value = null;
        return false;
    }

    [MethodImpl(Optimization.Aggressive)]
    private static bool ContainsControl(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c < ' ' && c != '\t')
            {
                return true;
            }
        }

        return false;
    }

    // Plain scalars that mean the same string to every YAML reader: letters, digits and a few inner punctuation
    // marks, starting with a letter or digit. A value with spaces or other characters takes the full parser.
    [MethodImpl(Optimization.Aggressive)]
    private static bool IsSafePlain(ReadOnlySpan<char> raw)
    {
        if (raw.IsEmpty || !char.IsAsciiLetterOrDigit(raw[0]))
        {
            return false;
        }

        foreach (var c in raw)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or '*'))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(Optimization.Aggressive)]
    private static bool IsKey(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty || !char.IsAsciiLetterLower(key[0]))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!(char.IsAsciiLetterLower(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(Optimization.Aggressive)]
    private static bool IsBlankOrComment(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart(' ');
        return trimmed.IsEmpty || (trimmed[0] == '#' && (trimmed.Length == line.Length || line[line.Length - trimmed.Length - 1] == ' '));
    }

    private static int SkipSpaces(ReadOnlySpan<char> line, int i)
    {
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private readonly record struct Field(string Key, string Value, bool Plain, int Column);
}
