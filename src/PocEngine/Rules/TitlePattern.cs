using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace PocEngine;

// A category rule's title patterns: .NET regular expressions matched against the offence title, ignoring case and
// culture, on the same engine on every build (the interpreter), so a rule set means the same everywhere. Patterns are
// made safe against catastrophic backtracking in two ways: the constructs that make matching exponential are refused
// when the rule set loads (nested unbounded repetition such as (a+)+, backreferences, lookarounds, atomic groups,
// conditionals, balancing groups), and the time each pattern spends matching is bounded over the whole load (its share
// of RuleSetLoadOptions.MaxTitlePatternTime, counted by RuleMatcher), so that a pattern that still backtracks badly,
// on one title or a little on every title, is reported as an error instead of holding the load. The default share is
// tens of milliseconds, a hundred times what an ordinary pattern takes over the whole catalogue, so whether a rule set
// loads does not depend on the machine. (The non-backtracking engine was measured and rejected: building it took 6 ms
// a pattern and doubled the time to load the default rule set.)
internal static class TitlePattern
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Regex refuses a zero timeout; a share this small is spent by the running total first anyway.
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(1);

    // The pattern ready to match, with no single match allowed longer than the pattern's whole share of the load, or
    // the reason it cannot be used (a phrase that follows "The title pattern 'x'").
    public static Regex? TryCreate(string pattern, TimeSpan share, out string? problem)
    {
        problem = Unsupported(pattern) is { } construct
            ? $"uses {construct}, which title patterns do not allow because it can make matching take exponential time. Write the pattern without it"
            : null;
        if (problem is not null)
        {
            return null;
        }

        try
        {
            return new Regex(pattern, Options, share < MinimumTimeout ? MinimumTimeout : share);
        }
        catch (ArgumentException ex)
        {
            problem = "is not a valid regular expression: " + ex.Message.TrimEnd('.');
            return null;
        }
    }

    // The longest run of letters, digits and spaces, at least three long, that every match of the pattern contains,
    // or null (see RequiredLiterals).
    public static string? RequiredLiteral(string pattern) =>
        RequiredLiterals(pattern) is { Length: > 0 } runs ? runs.OrderByDescending(r => r.Length).First() : null;

    // Runs of letters, digits and spaces, each at least three long, that every match of the pattern contains. A rule
    // tries its patterns on thousands of titles; a title without one of the runs cannot match, and looking for them
    // costs a fraction of running the pattern. Conservative: only the pattern's top level counts (nothing inside a
    // group or a class), a character a quantifier may drop ends the run before it, and a top-level alternation gives
    // none.
    public static string[] RequiredLiterals(string pattern)
    {
        var runs = new List<string>();
        var run = new System.Text.StringBuilder();
        var depth = 0;
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (inClass)
            {
                inClass = c != ']' || pattern[i - 1] == '\\';
                continue;
            }

            var literal = depth == 0 && (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or ' ');
            if (literal)
            {
                var next = i + 1 < pattern.Length ? pattern[i + 1] : '\0';
                if (next is '?' or '*' or '{')
                {
                    Close(run, runs);
                    continue;
                }

                run.Append(c);
                continue;
            }

            Close(run, runs);
            switch (c)
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    inClass = true;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    return [];
            }
        }

        Close(run, runs);
        return [.. runs];
    }

    // For each alternative at the pattern's top level (a|b|c), the runs every match of that alternative contains; a
    // title that holds none of the alternatives' runs cannot match. Empty (no shortcut) when any alternative has no
    // run, or when the pattern turns on free spacing ((?x)), where a space in the pattern is not a space in the title.
    public static string[][] RequiredLiteralSets(string pattern)
    {
        if (FreeSpacing(pattern))
        {
            return [];
        }

        var alternatives = new List<string[]>();
        foreach (var alternative in TopLevelAlternatives(pattern))
        {
            var runs = RequiredLiterals(alternative);
            if (runs.Length == 0)
            {
                return [];
            }

            alternatives.Add(runs);
        }

        return [.. alternatives];
    }

    // True when the title may match a pattern whose required literal sets (upper case, see RequiredLiteralSets) are
    // given: it contains every run of at least one alternative, ignoring case.
    [System.Runtime.CompilerServices.MethodImpl(Optimization.Aggressive)]
    public static bool MayMatch(OffenceTitle title, string[][] alternatives)
    {
        if (alternatives.Length == 0 || title.Upper is null)
        {
            return true;
        }

        foreach (var literals in alternatives)
        {
            if (MayMatch(title, literals))
            {
                return true;
            }
        }

        return false;
    }

    // True when the title may match a pattern whose required literals (upper case) are given: it contains them all,
    // ignoring case.
    [System.Runtime.CompilerServices.MethodImpl(Optimization.Aggressive)]
    public static bool MayMatch(OffenceTitle title, string[] literals)
    {
        if (title.Upper is not { } upper)
        {
            return true;
        }

        foreach (var literal in literals)
        {
            if (!upper.Contains(literal, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // The pattern cut at each | outside groups and character classes.
    private static List<string> TopLevelAlternatives(string pattern)
    {
        var pieces = new List<string>();
        var depth = 0;
        var inClass = false;
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    pieces.Add(pattern.Substring(start, i - start));
                    start = i + 1;
                    break;
            }
        }

        pieces.Add(pattern.Substring(start));
        return pieces;
    }

    // (?x) or (?ix:...) and the like: inline free spacing, under which the pattern's spaces match nothing.
    private static bool FreeSpacing(string pattern)
    {
        for (var i = pattern.IndexOf("(?", StringComparison.Ordinal); i >= 0; i = pattern.IndexOf("(?", i + 2, StringComparison.Ordinal))
        {
            for (var j = i + 2; j < pattern.Length && (char.IsLetter(pattern[j]) || pattern[j] == '-'); j++)
            {
                if (pattern[j] == 'x')
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Close(System.Text.StringBuilder run, List<string> runs)
    {
        if (run.Length >= 3)
        {
            runs.Add(run.ToString());
        }

        run.Clear();
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

                if (!inClass && next == 'G')
                {
                    return "the \\G anchor";
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
                if (Construct(pattern.Substring(i + 2)) is { } construct)
                {
                    return construct;
                }
            }
        }

        return NestedRepetition(pattern) ? "a repeated group that itself repeats without bound, such as (a+)+ or (\\w*\\s)*" : null;
    }

    // True when a group that contains an unbounded quantifier (*, + or {n,}) is itself repeated without bound: the
    // shape behind catastrophic backtracking.
    private static bool NestedRepetition(string pattern)
    {
        var inner = new Stack<bool>();
        var unboundedInside = false;
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    break;
                case '(':
                    inner.Push(unboundedInside);
                    unboundedInside = false;
                    break;
                case ')':
                    var groupRepeats = Unbounded(pattern, i + 1);
                    if (groupRepeats && unboundedInside)
                    {
                        return true;
                    }

                    unboundedInside = (inner.Count > 0 && inner.Pop()) || unboundedInside || groupRepeats;
                    break;
                case '*' or '+':
                    unboundedInside = true;
                    break;
                case '{' when Unbounded(pattern, i):
                    unboundedInside = true;
                    break;
            }
        }

        return false;
    }

    // True when the quantifier starting at index repeats without bound: *, + or {n,}.
    private static bool Unbounded(string pattern, int index)
    {
        if (index >= pattern.Length)
        {
            return false;
        }

        if (pattern[index] is '*' or '+')
        {
            return true;
        }

        if (pattern[index] != '{')
        {
            return false;
        }

        var close = pattern.IndexOf('}', index);
        return close > index && pattern[close - 1] == ',';
    }

    // What follows "(?" at the start of rest, when it is a construct the non-backtracking engine lacks.
    private static string? Construct(string rest)
    {
        var first = rest.Length > 0 ? rest[0] : '\0';
        var second = rest.Length > 1 ? rest[1] : '\0';
        if (first is '=' or '!' || (first == '<' && second is '=' or '!'))
        {
            return "a lookaround";
        }

        if (first == '>')
        {
            return "an atomic group";
        }

        if (first == '(')
        {
            return "a conditional";
        }

        // (?<name-other>...) or (?'name-other'...): a balancing group.
        if (first is '<' or '\'')
        {
            var end = first == '<' ? '>' : '\'';
            for (var i = 1; i < rest.Length && rest[i] != end; i++)
            {
                if (rest[i] == '-')
                {
                    return "a balancing group";
                }
            }
        }

        return null;
    }
}

// An offence title prepared once for all of a rule set's title patterns: the text, and its upper-case form when the
// title is plain ASCII. A title with characters beyond ASCII has no upper-case form and is always tried, since the
// regex engine's case rules for them (the Kelvin sign as K, the long s as s) differ from an ordinal comparison's.
internal sealed class OffenceTitle
{
    public OffenceTitle(string text)
    {
        Text = text;
        foreach (var c in text)
        {
            if (c > '\u007f')
            {
                return;
            }
        }

        Upper = text.ToUpperInvariant();
    }

    private IReadOnlyList<string>? citedActs;

    public string Text { get; }

    public string? Upper { get; }

    // The keys of the Acts the title cites (ActCitations), read once for all of a rule set's cited-acts conditions; two
    // threads may both read them, to the same result.
    public IReadOnlyList<string> CitedActs => citedActs ??= ActCitations.In(Text);
}
