using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace PocEngine.Cli.Reports;

// The Act an offence's title cites, for grouping the codes left to the fallback: "Contrary to section 139(5) of the
// Highways Act 1980" cites "Highways Act 1980". A title that names no Act (most do not: "Robbery") is grouped as
// NoActNamed, never under an "Act" made from the code's first four characters, which for local and legacy codes is
// not an Act. The name is the run of capitalised words (and the small words that join them) before "Act", with the
// year after it when there is one; the words of the citation before the name (Contrary to, Section, Under the) are not.
internal static partial class ActCitation
{
    public const string NoActNamed = "no Act named";

    // Words that begin a citation rather than a name: the name starts after the last of them ("PRODUCING CONTROLLED
    // DRUG CONTRARY TO MISUSE OF DRUGS ACT 1971" cites "MISUSE OF DRUGS ACT 1971").
    private static readonly string[] Citing = ["contrary", "under", "section", "sec", "s", "reg", "regulation"];

    // Small words that join a name's words but do not start it.
    private static readonly string[] Joining = ["to", "of", "the", "and", "in", "for", "on", "at", "&"];

    public static string Of(string title)
    {
        Match? last = null;
        foreach (Match match in Cited().Matches(title))
        {
            last = match;
        }

        if (last is null)
        {
            return NoActNamed;
        }

        var words = last.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = Array.FindLastIndex(words, w => Citing.Contains(w.Trim('(', ')', '.').ToLowerInvariant(), StringComparer.Ordinal)) + 1;
        var name = words.Skip(start).SkipWhile(w => Joining.Contains(w.ToLowerInvariant(), StringComparer.Ordinal)).ToList();
        if (name.Count == 0)
        {
            return NoActNamed;
        }

        var act = last.Groups["act"].Value;
        var year = last.Groups["year"].Success ? " " + last.Groups["year"].Value : string.Empty;
        return string.Join(' ', name) + " " + act + year;
    }

    // Capitalised words, each starting a word (not the "B" of "27(1)(B)"), joined by small lower-case ones (a capitalised
    // OF is a word, so no text matches two ways), then "Act" and a year if there is one. "ACT" in a title written in
    // capitals counts only with a year: "DOING ANY ACT" names no Act, "MISUSE OF DRUGS ACT 1971" does.
    [GeneratedRegex(@"(?<![^\s])(?<name>(?:\(?[A-Z][A-Za-z'\-]*\)?\s+(?:(?:of|and|the|for|in|on|to|at|etc\.?|&)\s+)*)+)(?:(?<act>Act)\b(?:\s+(?<year>1[6-9]\d\d|20\d\d)\b)?|(?<act>ACT)\s+(?<year>1[6-9]\d\d|20\d\d)\b)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Cited();
}
