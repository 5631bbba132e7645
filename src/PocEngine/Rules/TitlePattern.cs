using System;
using System.Text.RegularExpressions;

namespace PocEngine;

// A category rule's title pattern: a .NET regular expression matched against the offence title, ignoring case and
// culture. On .NET 8 and later it runs on the non-backtracking engine, so its time is linear in the title whatever a
// maintainer writes; the constructs that engine lacks (backreferences, lookarounds, atomic groups, conditionals) are
// refused on every build, so a rule set means the same on each. The netstandard2.0 build uses the backtracking engine
// with a one-second bound on each match.
internal static class TitlePattern
{
    public static Regex? TryCreate(string pattern, out string? problem)
    {
        if (Unsupported(pattern) is { } construct)
        {
            problem = $"uses {construct}, which title patterns do not allow: they run on a non-backtracking engine. Write the pattern without it";
            return null;
        }

        try
        {
            problem = null;
#if NET7_0_OR_GREATER
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
#else
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
#endif
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            problem = "is not a valid regular expression: " + ex.Message.TrimEnd('.');
            return null;
        }
    }

    private static string? Unsupported(string pattern)
    {
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[++i];
                if (!inClass && ((next >= '1' && next <= '9') || next == 'k'))
                {
                    return "a backreference";
                }
            }
            else if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }
            else if (!inClass && c == '(' && i + 2 < pattern.Length && pattern[i + 1] == '?')
            {
                var rest = pattern.AsSpan(i + 2);
                if (rest.StartsWith("=".AsSpan(), StringComparison.Ordinal) || rest.StartsWith("!".AsSpan(), StringComparison.Ordinal)
                    || rest.StartsWith("<=".AsSpan(), StringComparison.Ordinal) || rest.StartsWith("<!".AsSpan(), StringComparison.Ordinal))
                {
                    return "a lookaround";
                }

                if (rest.StartsWith(">".AsSpan(), StringComparison.Ordinal))
                {
                    return "an atomic group";
                }

                if (rest.StartsWith("(".AsSpan(), StringComparison.Ordinal))
                {
                    return "a conditional";
                }
            }
        }

        return null;
    }
}
