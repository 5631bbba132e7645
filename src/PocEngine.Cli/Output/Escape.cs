using System;
using System.Buffers;
using System.Net;
using System.Text;

namespace PocEngine.Cli.Output;

// The one home of each rule that makes a value from a case file or a rule set safe in what the tool writes: a line on
// a terminal, a Markdown inline, an HTML text or attribute, a CSV cell. Every writer calls these; none has its own.
internal static class Escape
{
    private static readonly SearchValues<char> MarkdownSpecial = SearchValues.Create(@"\|`*_[<");

    // What a terminal shows of a value, on one line: escape sequences (ESC or the C1 introducers, with their
    // parameters up to the final byte, or an OSC/DCS string up to its terminator) and every other control character
    // (C0, DEL, C1) are removed, and a tab or line break becomes a space, so that a case id can neither recolour nor
    // clear the screen, nor start a line that looks like another error.
    public static string Terminal(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        if (!NeedsTerminal(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r')
            {
                clean.Append(' ');
            }
            else if (c == '\u001B' || IsIntroducer(c))
            {
                i = EndOfSequence(text, i);
            }
            else if (!IsControl(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    // A value as Markdown inline text (a table cell, a heading, a list item): on one line and free of control
    // characters as on a terminal, with the characters that would end a cell, open a code span, emphasis, a link or
    // raw HTML, and the backslash itself, escaped with a backslash (CommonMark: any ASCII punctuation may be).
    public static string Markdown(string? text)
    {
        var line = Terminal(text);
        if (line.AsSpan().IndexOfAny(MarkdownSpecial) < 0)
        {
            return line;
        }

        var escaped = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (MarkdownSpecial.Contains(c))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    // A value as HTML text or a quoted attribute value: control characters dropped as on a terminal, then <, >, &,
    // quotes and apostrophes encoded.
    public static string Html(string? text) => WebUtility.HtmlEncode(Terminal(text));

    // A CSV cell a spreadsheet will not run: a value that starts with =, +, -, @, a tab or a carriage return is read by
    // Excel, LibreOffice and Google Sheets as a formula (CSV injection), so it gets a leading apostrophe, which they
    // show as text (OWASP's rule). Quoting for commas, quotes and line breaks is the CSV writer's.
    public static string? Csv(string? text) =>
        text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static bool NeedsTerminal(string text)
    {
        foreach (var c in text)
        {
            if (IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsControl(char c) => c < ' ' || c is >= '\u007F' and <= '\u009F';

    // The C1 controls that open a sequence, as ESC [ (CSI), ESC ] (OSC), ESC P (DCS) and the other string commands.
    private static bool IsIntroducer(char c) => c is '\u009B' or '\u009D' or '\u0090' or '\u0098' or '\u009E' or '\u009F';

    // The index of the last character of the sequence that starts at 'start' (ESC or a C1 introducer).
    private static int EndOfSequence(string text, int start)
    {
        var i = start;
        var kind = text[i];
        if (kind == '\u001B')
        {
            if (i + 1 >= text.Length)
            {
                return i;
            }

            var next = text[i + 1];
            kind = next switch
            {
                '[' => '\u009B',
                ']' => '\u009D',
                'P' => '\u0090',
                'X' => '\u0098',
                '^' => '\u009E',
                '_' => '\u009F',
                _ => '\0',
            };
            i++;
            if (kind == '\0')
            {
                // ESC, any intermediate bytes (0x20 to 0x2F), then one final byte.
                while (i < text.Length && text[i] is >= ' ' and <= '/')
                {
                    i++;
                }

                return Math.Min(i, text.Length - 1);
            }
        }

        if (kind == '\u009B')
        {
            // CSI: parameter and intermediate bytes (0x20 to 0x3F), then a final byte from 0x40 to 0x7E.
            while (i + 1 < text.Length && text[i + 1] is >= ' ' and <= '?')
            {
                i++;
            }

            return i + 1 < text.Length && text[i + 1] is >= '@' and <= '~' ? i + 1 : i;
        }

        // OSC, DCS and the other strings: up to BEL, ST (ESC \) or the C1 ST, or the end of the value.
        for (i++; i < text.Length; i++)
        {
            if (text[i] is '\u0007' or '\u009C')
            {
                return i;
            }

            if (text[i] == '\u001B' && i + 1 < text.Length && text[i + 1] == '\\')
            {
                return i + 1;
            }
        }

        return text.Length - 1;
    }
}
