using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using PocEngine.Authoring;

namespace PocEngine.Loading;

// The one-line catalogue format, in one place: how an entry line starts, the order of its keys, and YAML's double
// quotes with their escapes, written and read. The offence catalogue and the Home Office table are written one flow
// mapping a line ('poc import', through RuleFileWriter), so that FlowLineReader can read them without building a YAML
// tree:
//
//   offences:
//     - {code: TH68023, title: "Robbery", mode: CI, ho-class: "034/01", max: life}
//
// The reading is strict: a line is read only when it means the same to every YAML reader; anything else (block
// mappings, single quotes, anchors, unusual plain values, a raw character YAML reads differently) is refused, and the
// file goes to the full parser, which reports every problem with its place. A property test holds any title to the
// same string through the writer, this reader and the full parser, and holds every written line to this reader.
internal static class CatalogueLine
{
    // How every entry line starts: two spaces, the list's dash, and the flow mapping's brace.
    public const string EntryStart = "  - {";

    // Where YAML places an entry: the column of its brace, counted from 1.
    public const int EntryColumn = 5;

    // YamlDotNet reads NUL as the end of the text, and CR, NEL, LS and PS as line breaks (as YAML 1.1 does), where the
    // fast reader breaks lines at LF alone: a line holding one, even in a comment or inside quotes, is not read here.
    private const string NotOnALine = "\0\r\u0085\u2028\u2029";

    public static string Offence(CatalogueOffence offence)
    {
        var line = new StringBuilder(EntryStart).Append(RuleFileFormat.Code).Append(": ").Append(Code(offence.Code));
        Add(line, RuleFileFormat.Title, Quote(offence.Title));
        Add(line, RuleFileFormat.Mode, offence.CjsCategory);
        if (offence.HomeOfficeClass is not null)
        {
            Add(line, RuleFileFormat.HomeOfficeClass, "\"" + offence.HomeOfficeClass + "\"");
        }

        if (offence.Maximum is not null)
        {
            Add(line, RuleFileFormat.Max, offence.Maximum);
        }

        return line.Append('}').ToString();
    }

    public static string HomeOfficeClass(CatalogueHomeOfficeClass homeOfficeClass)
    {
        var line = new StringBuilder(EntryStart).Append(RuleFileFormat.Class).Append(": \"").Append(homeOfficeClass.Class).Append('"');
        Add(line, RuleFileFormat.Group, Quote(homeOfficeClass.Group));
        Add(line, RuleFileFormat.Title, Quote(homeOfficeClass.Title));
        return line.Append('}').ToString();
    }

    // A code that starts with a digit is quoted: YAML would read 12345 as a number.
    public static string Code(string code) => code.Length > 0 && code[0] is >= '0' and <= '9' ? "\"" + code + "\"" : code;

    // A YAML double-quoted scalar that every YAML reader reads back as the same string: every character YAML does not
    // print, or reads as a line break, is escaped. The text holds no lone surrogate (RuleFileWriter checks).
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\t': text.Append("\\t"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\u0085': text.Append("\\N"); break;
                case '\u2028': text.Append("\\L"); break;
                case '\u2029': text.Append("\\P"); break;
                default:
                    if (char.IsHighSurrogate(c))
                    {
                        // A pair is one scalar beyond the Basic Multilingual Plane, printable in YAML: written as it is.
                        text.Append(c).Append(value[++i]);
                    }
                    else if (c < ' ' || c is '\u007f' || (c is >= '\u0080' and <= '\u009f'))
                    {
                        text.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else if (c is '\ufeff' or '\ufffe' or '\uffff')
                    {
                        // Not printable in YAML (the byte order mark and the two non-characters): the four-digit escape.
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    [MethodImpl(Optimization.Aggressive)]
    public static bool IsBlankOrComment(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart(' ');
        return trimmed.IsEmpty || (trimmed[0] == '#' && (trimmed.Length == line.Length || line[line.Length - trimmed.Length - 1] == ' '));
    }

    // Whether a line (without its LF, or CR LF) holds a character that the full parser would read as a line break or
    // the end of the text.
    [MethodImpl(Optimization.Aggressive)]
    public static bool HoldsABreak(ReadOnlySpan<char> line) => line.IndexOfAny(NotOnALine.AsSpan()) >= 0;

    // Reads an entry line's keys and values into fields, each key as its index in keys. False when the line is not an
    // entry line, names a key not in keys, has more keys than fields holds, or holds a value longer than maxLength or
    // written in any way the fast reader does not read.
    [MethodImpl(Optimization.Aggressive)]
    public static bool TryReadEntry(ReadOnlySpan<char> line, ReadOnlySpan<string> keys, int maxLength, Span<Field> fields, out int count)
    {
        count = 0;
        if (!line.StartsWith(EntryStart.AsSpan()))
        {
            return false;
        }

        var i = EntryStart.Length;
        while (true)
        {
            i = SkipSpaces(line, i);
            var keyStart = i;
            while (i < line.Length && line[i] != ':' && line[i] != ' ')
            {
                i++;
            }

            if (i >= line.Length - 1 || line[i] != ':' || line[i + 1] != ' ' || count == fields.Length)
            {
                return false;
            }

            var key = IndexOf(line[keyStart..i], keys);
            if (key < 0)
            {
                return false;
            }

            i = SkipSpaces(line, i + 1);
            var valueStart = i;
            string? value;
            if (i < line.Length && line[i] == '"')
            {
                if (!TryReadQuoted(line, ref i, out value))
                {
                    return false;
                }
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
            }

            if (value.Length > maxLength)
            {
                return false;
            }

            fields[count++] = new Field(key, value, valueStart + 1);
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

    [MethodImpl(Optimization.Aggressive)]
    private static int IndexOf(ReadOnlySpan<char> key, ReadOnlySpan<string> keys)
    {
        for (var k = 0; k < keys.Length; k++)
        {
            if (key.SequenceEqual(keys[k].AsSpan()))
            {
                return k;
            }
        }

        return -1;
    }

    // A double-quoted value, with any of YAML's escapes but a surrogate written as \u (a pair written so goes to the full
    // parser). A raw control character other than tab, which YAML allows only escaped, is refused.
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

            if (i >= line.Length || !TryUnescape(line, ref i, text))
            {
                break;
            }
        }

        value = null;
        return false;
    }

    // YAML's escapes (the character after the backslash is at i): one letter, or \x, \u and \U with two, four and
    // eight hexadecimal digits. Quote writes some of them; the reader reads them all.
    private static bool TryUnescape(ReadOnlySpan<char> line, ref int i, StringBuilder text)
    {
        var escape = line[i++];
        var digits = escape switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (digits == 0)
        {
            var named = Named(escape);
            if (named < 0)
            {
                return false;
            }

            text.Append((char)named);
            return true;
        }

        if (i + digits > line.Length || !int.TryParse(line.Slice(i, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var scalar)
            || scalar is < 0 or > 0x10FFFF || scalar is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        if (scalar <= char.MaxValue)
        {
            text.Append((char)scalar);
        }
        else
        {
            text.Append(char.ConvertFromUtf32(scalar));
        }

        i += digits;
        return true;
    }

    // The character a one-letter escape stands for, or -1 for a letter YAML does not have.
    private static int Named(char escape) => escape switch
    {
        '0' => '\0',
        'a' => '\a',
        'b' => '\b',
        't' or '\t' => '\t',
        'n' => '\n',
        'v' => '\v',
        'f' => '\f',
        'r' => '\r',
        'e' => '\u001b',
        ' ' => ' ',
        '"' => '"',
        '/' => '/',
        '\\' => '\\',
        'N' => '\u0085',
        '_' => '\u00a0',
        'L' => '\u2028',
        'P' => '\u2029',
        _ => -1,
    };

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

    // Plain values that mean the same string to every YAML reader: letters, digits and a few inner punctuation marks,
    // starting with a letter or digit. A value with spaces or other characters takes the full parser.
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

    private static int SkipSpaces(ReadOnlySpan<char> line, int i)
    {
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static void Add(StringBuilder line, string key, string value) => line.Append(", ").Append(key).Append(": ").Append(value);

    // One key and value of an entry line: the key as its index in the keys the caller allows, the value unquoted, and
    // the value's column (1-based, at its opening quote if quoted), as YAML reports it.
    internal readonly record struct Field(int Key, string Value, int Column);
}
