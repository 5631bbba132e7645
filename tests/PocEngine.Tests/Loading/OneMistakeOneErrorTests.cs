using System;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Loading;

// A rule maintainer's mistakes, as they make them: each gives exactly one error, at its place, in words that say what
// to do. Before, each of the first four also gave errors that only followed from it.
public sealed class OneMistakeOneErrorTests
{
    private const string Changes = "offence-overrides:\n  - {code: TH68023, reason: \"Checked\", max: 14y}\n";

    private static Yaml WithSecondVersion(string versionEntry, string changes = Changes) =>
        Yaml.Default().With("ruleset.yaml", Yaml.Header + "\n" + versionEntry).With("versions/2.yaml", changes);

    private static readonly System.Collections.Generic.Dictionary<string, (Func<Yaml> Rules, string Expected)> Cases = new()
    {
        ["a misspelt key of a version entry"] = (
            () => WithSecondVersion("  - version: \"2\"\n    efective-from: 2020-01-01\n    changes: versions/2.yaml\n"),
            "ruleset.yaml(8,5): error POC1010: The key 'efective-from' is not allowed in a version entry; allowed keys are version, effective-from, description, changes. Did you mean 'effective-from'?"),
        ["a date that is not a date"] = (
            () => WithSecondVersion("  - version: \"2\"\n    effective-from: 2020-13-01\n    changes: versions/2.yaml\n"),
            "ruleset.yaml(8,21): error POC1013: The 'effective-from' of a version entry is '2020-13-01'; it must be a date written yyyy-MM-dd."),
        ["bad indentation in a changes file"] = (
            () => WithSecondVersion("  - version: \"2\"\n    effective-from: 2020-01-01\n    changes: versions/2.yaml\n", Changes + "   - {code: TH68024, reason: \"x\"}\n"),
            "versions/2.yaml(3,4): error POC1002: The rule file is not valid YAML: The line is not lined up with the list it belongs to: start each item's '- ' in the same column as the other items, and each key of an item in the same column as the item's first key."),
        ["bad indentation in the category rules"] = (
            () => Yaml.Default().With("category-rules.yaml", Yaml.Rules + "   - id: extra\n"),
            "category-rules.yaml("), // its wording is checked by the syntax test below; here, that it is the only error
        ["a misspelt 'when' of a category rule"] = (
            () => Yaml.Default().With("category-rules.yaml", "category-rules:\n  - id: robbery-by-code\n    category: robbery\n    wen: {code: TH68023}\n"),
            "category-rules.yaml(4,5): error POC1010: The key 'wen' is not allowed in a category rule; allowed keys are id, description, reason, when, category. Did you mean 'when'?"),
    };

    public static TheoryData<string> Mistakes() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void TryLoad_OneMistake_GivesOneError(string mistake)
    {
        var (rules, expected) = Cases[mistake];
        var diagnostics = rules().TryLoad().Diagnostics;

        Assert.True(diagnostics.Count == 1, $"{mistake}: {string.Join(Environment.NewLine, diagnostics)}");
        var error = diagnostics[0];
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.StartsWith(expected, error.ToString(), StringComparison.Ordinal);
    }

    // Each syntax mistake, written into the offending line of a rule file, and what the error says to do.
    [Theory]
    [InlineData("    reason: Theft: all of it\n", 3, 18, "The value contains ': ' (a colon and a space), which YAML reads as the start of a new key. Put the whole value in double quotes")]
    [InlineData("    category:robbery\n", 3, 5, "'category:robbery' has no space after its colon, so YAML does not read it as a key; write it with ': ' (a colon and a space).")]
    [InlineData("\twhen: {code: X}\n", 3, 1, "The line is indented with a tab; YAML indents with spaces only. Replace the tab with spaces.")]
    [InlineData("    reason: \"open\n    category: robbery\n", 3, 13, "A double-quoted value is not closed; add the closing \" at the end of the value, on the same line.")]
    [InlineData("    reason: \"a\" b\n", 3, 17, "A double-quoted value is followed by more text on the line; put the whole value inside the quotes.")]
    [InlineData("    reason: @home\n", 3, 13, "A value cannot begin with '@' in YAML; put the whole value in double quotes.")]
    [InlineData("      category: robbery\n", 3, 7, "The line is indented further than the key above it, so YAML reads it as part of that key's value: start it in the same column as the other keys of its mapping.")]
    [InlineData("    when: {code: X}\n      category: robbery\n", 4, 7, "The line is not lined up with the keys around it: each key of a mapping starts in the same column as the mapping's first key, indented with spaces.")]
    [InlineData("  category: robbery\n", 3, 3, "The line is not lined up with the list it belongs to: start each item's '- ' in the same column as the other items")]
    [InlineData("    when: {code: X\n    category: robbery\n", 3, 1, "A { or [ on this line is not closed; end it with } or ] on the same line.")]
    public void TryLoad_YamlSyntaxMistake_SaysWhatIsWrongAndHowToFixIt(string line, int atLine, int atColumn, string message)
    {
        var text = "category-rules:\n  - id: a\n" + line;
        var result = Yaml.Default().With("category-rules.yaml", text).TryLoad();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("POC1002", "category-rules.yaml"), (error.Code, error.File));
        Assert.StartsWith("The rule file is not valid YAML: " + message, error.Message, StringComparison.Ordinal);
        Assert.Equal((atLine, atColumn), (error.Line, error.Column));
    }
}
