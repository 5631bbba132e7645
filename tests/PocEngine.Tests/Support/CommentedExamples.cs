using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace PocEngine.Tests.Support;

// The commented examples of a file the tool writes for a maintainer to fill in, each uncommented alone as the file's
// comment tells them to: remove the '# ' from the example's key line ("# offences:") and from its entry lines
// ("#   - {...}") below it. Prose comments ("# offences and offence-overrides add ...") and the editor's schema line
// ("# yaml-language-server: $schema=...") are not examples.
internal static partial class CommentedExamples
{
    // Each example's key and the file's text with that example, and only it, uncommented.
    public static IReadOnlyList<(string Key, string Text)> Each(string text)
    {
        var lines = text.Split('\n');
        var examples = new List<(string, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (KeyLine().Match(lines[i]) is not { Success: true } key || key.Groups[1].Value == "yaml-language-server")
            {
                continue;
            }

            var copy = lines.ToArray();
            copy[i] = copy[i][2..];
            for (var j = i + 1; j < copy.Length && copy[j].StartsWith("#   ", System.StringComparison.Ordinal); j++)
            {
                copy[j] = copy[j][2..];
            }

            examples.Add((key.Groups[1].Value, string.Join('\n', copy)));
        }

        return examples;
    }

    [GeneratedRegex("^# ([a-z][a-z-]*):( |$)")]
    private static partial Regex KeyLine();
}
