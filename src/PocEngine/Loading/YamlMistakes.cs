using System;

namespace PocEngine.Loading;

// Says a YAML syntax error in a rule maintainer's words: what is wrong on the line and how to fix it. YamlDotNet's
// messages name the parser's state ("While parsing a block collection, did not find expected '-' indicator"), and the
// same message has several causes, so the line itself is read to tell them apart. A message not recognised here is
// given as the parser wrote it, with the three common causes to check.
internal static class YamlMistakes
{
    // The place and the sentence; the place moves when the parser noticed the mistake away from it (a tab is
    // reported at the end of the line before it).
    public static (int Line, int Column, string Message) Explain(string parserMessage, string text, int line, int column)
    {
        if (Has(parserMessage, "tab character") || Has(parserMessage, "cannot start any token"))
        {
            var tabbed = FirstTabIndentedLine(text);
            if (tabbed > 0 && (Has(parserMessage, "tab character") || tabbed <= line + 1))
            {
                return (tabbed, 1, "The line is indented with a tab; YAML indents with spaces only. Replace the tab with spaces.");
            }
        }

        var source = LineAt(text, line);
        var indent = source.Length - source.TrimStart(' ').Length;
        var firstColon = source.IndexOf(':', StringComparison.Ordinal);
        if (Has(parserMessage, "found invalid mapping") && firstColon == column - 1 && KeyAt(source, indent, firstColon))
        {
            return (line, indent + 1, "The line is indented further than the key above it, so YAML reads it as part of that key's value: start it in the same column as the other keys of its mapping.");
        }

        return (line, column, Explain(parserMessage, source, column));
    }

    private static string Explain(string parserMessage, string source, int column)
    {
        var at = column >= 1 && column <= source.Length ? source[column - 1] : '\0';

        if (Has(parserMessage, "cannot start any token") && at is '@' or '`' or '%')
        {
            return $"A value cannot begin with '{at}' in YAML; put the whole value in double quotes.";
        }

        if (Has(parserMessage, "double-quoted scalar") || Has(parserMessage, "quoted scalar"))
        {
            return "A double-quoted value is not closed; add the closing \" at the end of the value, on the same line.";
        }

        if (Has(parserMessage, "found invalid mapping") || Has(parserMessage, "Mapping values are not allowed"))
        {
            return "The value contains ': ' (a colon and a space), which YAML reads as the start of a new key. Put the whole value in double quotes (reason: \"Theft: all of it\"), or, for a nested key, start it on its own line, indented under its parent.";
        }

        if (Has(parserMessage, "did not find expected key") || Has(parserMessage, "did not find expected '-' indicator"))
        {
            var missingSpace = ColonWithoutSpace(source);
            if (missingSpace is not null)
            {
                return $"'{missingSpace}' has no space after its colon, so YAML does not read it as a key; write it with ': ' (a colon and a space).";
            }

            if (TextAfterClosingQuote(source))
            {
                return "A double-quoted value is followed by more text on the line; put the whole value inside the quotes.";
            }

            return Has(parserMessage, "'-' indicator")
                ? "The line is not lined up with the list it belongs to: start each item's '- ' in the same column as the other items, and each key of an item in the same column as the item's first key."
                : "The line is not lined up with the keys around it: each key of a mapping starts in the same column as the mapping's first key, indented with spaces.";
        }

        if (Has(parserMessage, "flow mapping") || Has(parserMessage, "flow sequence"))
        {
            return "A { } or [ ] is not closed, or its values are not separated by commas: write {key: value, key: value} or [a, b] on one line.";
        }

        if (Has(parserMessage, "could not find expected ':'"))
        {
            return "A key is not followed by ': '; write key: value, with a space after the colon.";
        }

        return $"{parserMessage} Check the indentation (spaces only, each key under the key before it), that every key is followed by ': ' with a space, and that values containing ': ' or ' #' are in double quotes.";
    }

    // YamlDotNet throws InvalidOperationException without a place when a { or [ is never closed: find the line that
    // opens one and does not close it, outside double quotes.
    public static (int Line, string Message)? UnclosedFlow(string text)
    {
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var depth = 0;
            var quoted = false;
            for (var i = 0; i < raw.Length; i++)
            {
                var c = raw[i];
                if (c == '\\' && quoted)
                {
                    i++;
                }
                else if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (!quoted && c == '#' && (i == 0 || raw[i - 1] == ' '))
                {
                    break;
                }
                else if (!quoted && c is '{' or '[')
                {
                    depth++;
                }
                else if (!quoted && c is '}' or ']')
                {
                    depth--;
                }
            }

            if (depth > 0)
            {
                return (lineNumber, "A { or [ on this line is not closed; end it with } or ] on the same line.");
            }
        }

        return null;
    }

    private static bool Has(string message, string part) => message.Contains(part, StringComparison.Ordinal);

    private static string LineAt(string text, int line)
    {
        var start = 0;
        for (var i = 1; i < line && start >= 0; i++)
        {
            start = text.IndexOf('\n', start);
            start = start < 0 ? -1 : start + 1;
        }

        if (start < 0 || start > text.Length)
        {
            return string.Empty;
        }

        var end = text.IndexOf('\n', start);
        return (end < 0 ? text[start..] : text[start..end]).TrimEnd('\r');
    }

    private static int FirstTabIndentedLine(string text)
    {
        var lineNumber = 1;
        var atStart = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                lineNumber++;
                atStart = true;
            }
            else if (atStart && c == '\t')
            {
                return lineNumber;
            }
            else if (c != ' ')
            {
                atStart = false;
            }
        }

        return 0;
    }

    // Whether the line is "key:" from its indentation to the colon.
    private static bool KeyAt(string line, int indent, int colon)
    {
        if (colon <= indent)
        {
            return false;
        }

        for (var i = indent; i < colon; i++)
        {
            if (!(char.IsLetterOrDigit(line[i]) || line[i] is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    // "category:robbery" at the start of a line (after indentation and an optional "- "): a key with no space.
    private static string? ColonWithoutSpace(string line)
    {
        var body = line.TrimStart(' ');
        if (body.StartsWith("- ", StringComparison.Ordinal))
        {
            body = body[2..].TrimStart(' ');
        }

        var colon = body.IndexOf(':', StringComparison.Ordinal);
        if (!KeyAt(body, 0, colon) || colon == body.Length - 1 || body[colon + 1] == ' ')
        {
            return null;
        }

        var end = body.IndexOf(' ', colon + 1);
        return end < 0 ? body : body[..end];
    }

    // key: "value" more
    private static bool TextAfterClosingQuote(string line)
    {
        var open = line.IndexOf(": \"", StringComparison.Ordinal);
        if (open < 0)
        {
            return false;
        }

        for (var i = open + 3; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '"')
            {
                var rest = line[(i + 1)..].TrimStart(' ');
                return rest.Length > 0 && rest[0] is not ('#' or ',' or '}' or ']');
            }
        }

        return false;
    }
}
