using System;
using System.Collections.Generic;

namespace PocEngine.Rules;

// The Acts an offence title cites, by name and year, for category rules' cited-acts condition: "Contrary to Section
// 4(1) of the Identity Documents Act 2010", "contrary to Theft Act 1968 s.1", "under the Food Safety Act 1990",
// "Gambling Act 2005". A citation is the word Act (any case, "Act," too) followed by a four-digit year; its name is the
// run of words before it, read back from Act and ending before the first word that cannot be part of a name:
//   - a word with a digit (4(1), s.210(1), 21), a word without letters (-, /), a word with a slash, or a word that
//     ends a clause (with . , ; or :);
//   - a word that introduces a citation: under, contrary, section, sec, s, ss, sch, schedule, part, para, paragraph,
//     reg, regulation, article, chapter, per, pursuant;
//   - in a title with both cases, a word starting in lower case (not a joining word) once a word starting in upper
//     case has been read: "Possess offensive weapon Prevention of Crime Act 1953" cites "Prevention of Crime Act 1953",
//     while "S.52 local government (miscellaneous provisions) Act 1976" keeps its lower-case name whole.
// Joining words (of, the, and, &, for, to, in, on, upon, at) are read over but never begin a name: "of the Misuse of
// Drugs Act 1971" cites "Misuse of Drugs Act 1971". A name is compared whole, ignoring case and runs of white space,
// so "Theft Act 1968" is not "Theft Act 1978" and "Justice Act 1991" is not "Criminal Justice Act 1991". A title that
// gives no year ("under this Act") or no clear start ("POSSESS OFFENSIVE WEAPON PREVENTION OF CRIME ACT 1953", where
// case says nothing) cites nothing that a shorter name matches: a rule misses such a title rather than guess.
internal static class ActCitations
{
    private static readonly HashSet<string> Introducers = new(StringComparer.OrdinalIgnoreCase)
    {
        "under", "contrary", "section", "sec", "sect", "s", "ss", "sch", "sched", "schedule", "part", "para", "paragraph",
        "reg", "regulation", "regulations", "article", "art", "chapter", "per", "pursuant",
    };

    private static readonly HashSet<string> Joining = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "and", "&", "for", "to", "in", "on", "upon", "at",
    };

    // The Acts the title cites, in the title's order, each as its key (Key): upper case, single spaces, "Act" and the
    // year. A title citing one Act twice gives it twice.
    public static IReadOnlyList<string> In(string title)
    {
        var words = title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        List<string>? result = null;
        for (var i = 1; i + 1 < words.Length; i++)
        {
            if (IsAct(words[i]) && YearOf(words[i + 1]) is { } year && NameBefore(words, i, MixedCase(title)) is { } name)
            {
                (result ??= []).Add($"{name} ACT {year}");
            }
        }

        return result ?? (IReadOnlyList<string>)[];
    }

    // The key an Act name written in a rule is compared by: upper case, single spaces. Null when the text is not one
    // Act's name and year alone, as a title would cite it ("Theft Act 1968"; not "Theft Act", "the Theft Act 1968",
    // "s.1 Theft Act 1968" or "Theft Act 1968.").
    public static string? Key(string name)
    {
        var cited = In(name);
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var whole = string.Join(" ", words).ToUpperInvariant();
        return cited.Count == 1 && string.Equals(cited[0], whole, StringComparison.Ordinal) ? whole : null;
    }

    private static bool IsAct(string word) =>
        string.Equals(word, "Act", StringComparison.OrdinalIgnoreCase) || string.Equals(word, "Act,", StringComparison.OrdinalIgnoreCase);

    // A four-digit year, with any closing punctuation after it ("1968.", "1991)", "2010,").
    private static string? YearOf(string word)
    {
        if (word.Length < 4 || !IsDigits(word, 4))
        {
            return null;
        }

        for (var i = 4; i < word.Length; i++)
        {
            if (char.IsLetterOrDigit(word[i]))
            {
                return null;
            }
        }

        return word.Substring(0, 4);
    }

    private static bool IsDigits(string word, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (word[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    // The name of the Act at words[act], upper case with single spaces, or null when no word before it can begin one.
    private static string? NameBefore(string[] words, int act, bool mixedCase)
    {
        var start = act;
        var seenUpper = false;
        for (var j = act - 1; j >= 0; j--)
        {
            var word = words[j];
            if (EndsName(word) || (mixedCase && seenUpper && StartsLower(word) && !Joining.Contains(word)))
            {
                break;
            }

            seenUpper |= !Joining.Contains(word) && StartsUpper(word);
            start = j;
        }

        while (start < act && Joining.Contains(words[start]))
        {
            start++;
        }

        return start == act ? null : string.Join(" ", words, start, act - start).ToUpperInvariant();
    }

    private static bool EndsName(string word)
    {
        if (Joining.Contains(word))
        {
            return false;
        }

        var letters = false;
        foreach (var c in word)
        {
            if (char.IsDigit(c) || c == '/')
            {
                return true;
            }

            letters |= char.IsLetter(c);
        }

        return !letters || word[^1] is '.' or ',' or ';' or ':' || Introducers.Contains(word);
    }

    private static bool StartsUpper(string word) => FirstLetter(word) is { } c && char.IsUpper(c);

    private static bool StartsLower(string word) => FirstLetter(word) is { } c && char.IsLower(c);

    private static char? FirstLetter(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return c;
            }
        }

        return null;
    }

    private static bool MixedCase(string title)
    {
        bool upper = false, lower = false;
        foreach (var c in title)
        {
            upper |= char.IsUpper(c);
            lower |= char.IsLower(c);
        }

        return upper && lower;
    }
}
