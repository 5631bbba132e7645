using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using PocEngine.Loading;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Conventions;

// Each name of a file format is spelled in one home, and everything else takes it from there (ARCHITECTURE.md):
// section and key names in RuleFileFormat, the criminal mode codes and the sentence that lists them in
// ModeOfTrialCodes, "no Home Office classification" (000/00) in HomeOfficeTable, ranking-key names in RankingKeys.
// The scan reads the string literals of the library's sources (plain, verbatim, interpolated and raw; the text parts
// of an interpolated string, not its holes) and names the file and line of each literal that spells one elsewhere.
// Other vocabularies that happen to share a word are their own homes, listed below with the reason.
public sealed class NameHomeTests
{
    private static readonly string Library = Path.Combine(Repository.Root, "src", "PocEngine");

    // Files that are the home of a vocabulary, and the vocabularies they may spell.
    private static readonly Dictionary<string, string[]> Homes = new(StringComparer.Ordinal)
    {
        ["Loading/RuleFileFormat.cs"] = ["key"],
        ["Rules/ModeOfTrialCodes.cs"] = ["mode"],
        ["Rules/HomeOfficeTable.cs"] = ["no-class"],
        ["Rules/RankingKeys.cs"] = ["ranking"],

        // The names the content hash was first computed with, frozen so that no published hash ever changes.
        ["Validation/ContentHash.cs"] = ["key", "ranking"],

        // Output names of the engine's enumerations (a warning kind 'fallback-category', a maximum's source
        // 'inchoate-base'): another vocabulary that shares two words with the rule file's.
        ["Calculation/PocNames.cs"] = ["key"],

        // The rule test file format's own keys (name, version, code, mode, ho-class, category), read there only.
        ["RuleTesting/RuleTestSuite.Reading.cs"] = ["key"],
    };

    [Fact]
    public void LibrarySources_SpellEachFormatNameOnlyInItsHome()
    {
        var strays = Strays(Library).ToArray();

        Assert.True(strays.Length == 0, "Take these names from their home:\n" + string.Join("\n", strays));
    }

    [Fact]
    public void Scan_AStrayLiteral_IsFoundAtItsLine()
    {
        var folder = Directory.CreateTempSubdirectory("poc-names-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "Validation"));
            File.WriteAllText(Path.Combine(folder, "Validation", "Stray.cs"), """"
                class Stray
                {
                    // 'ordering' in a comment is no literal.
                    string a = $"The rule set has no {"x"} section";
                    string b = $"The rule set has no 'ordering' for {where}.";
                    string c = "000/00";
                    string d = @"allowed modes are CI, CE, CS and CM";
                    string e = "CM";
                    string f = "ending with offence-code";
                    string g = $$"""- {code: {{x}}}""";
                }
                """");

            var strays = Strays(folder).ToArray();

            Assert.Equal(
                [
                    "Validation/Stray.cs:5: 'ordering' (section or key name)",
                    "Validation/Stray.cs:6: 000/00 (no Home Office classification)",
                    "Validation/Stray.cs:7: allowed modes are CI, CE, CS and CM (mode code)",
                    "Validation/Stray.cs:8: CM (mode code)",
                    "Validation/Stray.cs:9: offence-code (ranking key)",
                    "Validation/Stray.cs:10: code: (section or key name)",
                ],
                strays);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<string> Strays(string root)
    {
        var keys = typeof(RuleFileFormat).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && !f.Name.EndsWith("Allowed", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();
        var ranking = RankingKeys.Names;
        var modes = Enum.GetValues<ModeOfTrial>().Select(ModeOfTrialCodes.ToCode).ToArray();

        foreach (var path in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                continue;
            }

            var home = Homes.GetValueOrDefault(relative) ?? [];
            foreach (var (line, text) in Literals(File.ReadAllText(path)))
            {
                var found = new List<string>();
                if (!home.Contains("key"))
                {
                    found.AddRange(keys.Where(k => text == k).Select(k => $"{k} (section or key name)"));
                    found.AddRange(keys.Where(k => text != k && text.Contains($"'{k}'", StringComparison.Ordinal)).Select(k => $"'{k}' (section or key name)"));
                    found.AddRange(keys.Where(k => Regex.IsMatch(text, $@"(^|\n|\{{|- |, )\s*{Regex.Escape(k)}:(\s|$)")).Select(k => $"{k}: (section or key name)"));
                }

                if (!home.Contains("mode") && (modes.Contains(text) || text.Contains("CI, CE, CS", StringComparison.Ordinal)))
                {
                    found.Add($"{text} (mode code)");
                }

                if (!home.Contains("no-class") && text.Contains("000/00", StringComparison.Ordinal))
                {
                    found.Add("000/00 (no Home Office classification)");
                }

                if (!home.Contains("ranking"))
                {
                    found.AddRange(ranking.Where(k => Regex.IsMatch(text, $@"(^|[^a-z-]){Regex.Escape(k)}($|[^a-z-])")).Select(k => $"{k} (ranking key)"));
                }

                foreach (var name in found.Distinct())
                {
                    yield return $"{relative}:{line}: {name}";
                }
            }
        }
    }

    // The text of each string literal with the line it starts on, read by a small lexer: comments and character
    // literals are skipped; an interpolated string gives each text part between its holes as a literal of its own,
    // and the literals inside its holes are read as code.
    private static List<(int Line, string Text)> Literals(string source)
    {
        var found = new List<(int, string)>();
        var i = 0;
        Code(source, ref i, found, stopAt: null);
        return found;
    }

    // Reads code up to the end, or up to the closing brace of the hole it is in (stopAt), collecting literals.
    private static void Code(string s, ref int i, List<(int, string)> found, string? stopAt)
    {
        var depth = 0;
        while (i < s.Length)
        {
            if (stopAt is not null && depth == 0 && string.CompareOrdinal(s, i, stopAt, 0, stopAt.Length) == 0)
            {
                i += stopAt.Length;
                return;
            }

            var c = s[i];
            if (c == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                i = s.IndexOf('\n', i) is var end and >= 0 ? end : s.Length;
            }
            else if (c == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                i = s.IndexOf("*/", i + 2, StringComparison.Ordinal) + 2;
            }
            else if (c == '\'')
            {
                i++;
                while (s[i] != '\'')
                {
                    i += s[i] == '\\' ? 2 : 1;
                }

                i++;
            }
            else if (c is '$' or '@' or '"')
            {
                var start = i;
                var dollars = 0;
                var verbatim = false;
                while (s[i] is '$' or '@')
                {
                    dollars += s[i] == '$' ? 1 : 0;
                    verbatim |= s[i] == '@';
                    i++;
                }

                if (s[i] != '"')
                {
                    continue;
                }

                String(s, ref i, found, dollars, verbatim, 1 + s.AsSpan(0, start).Count('\n'));
            }
            else
            {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                i++;
            }
        }
    }

    private static void String(string s, ref int i, List<(int, string)> found, int dollars, bool verbatim, int line)
    {
        var quotes = 0;
        while (i + quotes < s.Length && s[i + quotes] == '"')
        {
            quotes++;
        }

        var raw = quotes >= 3;
        if (!raw && quotes == 2)
        {
            found.Add((line, string.Empty));
            i += 2;
            return;
        }

        quotes = raw ? quotes : 1;
        i += quotes;
        var braces = Math.Max(dollars, 1);
        var open = new string('{', braces);
        var close = new string('}', braces);
        var text = new System.Text.StringBuilder();
        while (true)
        {
            if (raw ? string.CompareOrdinal(s, i, new string('"', quotes), 0, quotes) == 0 : s[i] == '"' && !(verbatim && i + 1 < s.Length && s[i + 1] == '"'))
            {
                i += quotes;
                break;
            }

            if (dollars > 0 && !raw && (s.AsSpan(i).StartsWith("{{") || s.AsSpan(i).StartsWith("}}")))
            {
                text.Append(s[i]);
                i += 2;
            }
            else if (dollars > 0 && s.AsSpan(i).StartsWith(open) && !(raw && s.AsSpan(i + braces).StartsWith("{")))
            {
                if (text.Length > 0)
                {
                    found.Add((line, text.ToString()));
                    text.Clear();
                }

                i += braces;
                Code(s, ref i, found, close);
            }
            else if (!verbatim && !raw && s[i] == '\\')
            {
                text.Append(s, i, 2);
                i += 2;
            }
            else if (verbatim && s[i] == '"')
            {
                text.Append('"');
                i += 2;
            }
            else
            {
                text.Append(s[i]);
                i++;
            }
        }

        if (text.Length > 0 || dollars == 0)
        {
            found.Add((line, text.ToString()));
        }
    }
}
