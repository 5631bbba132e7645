using System;
using System.Linq;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Loading;

// The rule file parser's checks of single values and shapes, one broken thing per case, each reached through a whole
// rule set so that nothing else in it is wrong: the case's diagnostic must be the only error. Lines and columns were
// counted by hand in the YAML of each case; a message ending in "..." is compared up to there.
public sealed class RuleFileParserTests
{
    private const string TwoVersions = Yaml.Header + Yaml.SecondVersion + "    changes: versions/2.yaml\n";

    // A rule set in memory where the case's file replaces the default one (a changes file comes with a second version).
    private static Yaml With(string file, string yaml) =>
        file.StartsWith("versions/", StringComparison.Ordinal)
            ? Yaml.Default().With("ruleset.yaml", TwoVersions).With(file, yaml)
            : Yaml.Default().With(file, yaml);

    // The category rules with one more rule before the fallback: the rule's first line is line 22.
    private static string RuleAtLine22(string rule) =>
        Yaml.Rules.Replace("fallback-category", rule + "fallback-category", StringComparison.Ordinal);

    // The catalogue with one more offence in block style: its first line is line 12.
    private static string OffenceAtLine12(string offence) => Yaml.Offences + "\n" + offence;

    public static TheoryData<string, string, string, int, int, string> Problems() => new()
    {
        // The header.
        { "ruleset.yaml", Yaml.Header.Replace("id: test", "id: Test_1", StringComparison.Ordinal), "POC1013", 2, 5, "The rule set id 'Test_1' is not allowed; use lower-case letters, digits and hyphens, starting with a letter." },
        { "ruleset.yaml", Yaml.Header.Replace("version: \"1\"", "version: \"1 a\"", StringComparison.Ordinal), "POC1013", 5, 14, "The version label '1 a' is not allowed; use letters, digits, dots, hyphens and underscores." },
        { "ruleset.yaml", Yaml.Header.Replace("version: \"1\"", "version: [\"1\"]", StringComparison.Ordinal), "POC1012", 5, 14, "The 'version' of a version entry is a list; it must be a single value." },
        { "ruleset.yaml", Yaml.Header.Replace("id: test", "id: {x: y}", StringComparison.Ordinal), "POC1012", 2, 5, "The 'id' of the rule set header is a mapping; it must be a single value." },
        { "ruleset.yaml", Yaml.Header.Replace("2000-01-01", "2000-13-01", StringComparison.Ordinal), "POC1013", 6, 21, "The 'effective-from' of a version entry is '2000-13-01'; it must be a date written yyyy-MM-dd." },

        { "ruleset.yaml", Yaml.Header.Replace("  - version: \"1\"\n    effective-from", "  - effective-from", StringComparison.Ordinal), "POC1011", 5, 5, "A version entry has no 'version'; it is required." },
        { "ruleset.yaml", Yaml.Header[..Yaml.Header.IndexOf("versions:", StringComparison.Ordinal)], "POC1011", 1, 1, "The rule set header has no 'versions'; it is required." },

        // Categories and ordering.
        { "categories.yaml", Yaml.Categories + "\n  - {id: Extra_1, name: Extra, precedence: 13}", "POC1013", 14, 10, "The category id 'Extra_1' is not allowed; use lower-case letters, digits and hyphens, starting with a letter." },
        { "categories.yaml", Yaml.Categories + "\n  - [extra]", "POC1012", 14, 5, "A category is a list; it must be a mapping of keys to values." },
        { "categories.yaml", Yaml.Categories + "\n  - {name: Extra, precedence: 13}", "POC1011", 14, 5, "A category has no 'id'; it is required." },
        { "categories.yaml", Yaml.Categories + "\n  - {id: extra, precedence: 13}", "POC1011", 14, 5, "A category has no 'name'; it is required." },
        { "categories.yaml", Yaml.Categories + "\n  - {id: extra, name: Extra}", "POC1011", 14, 5, "A category has no 'precedence'; it is required." },
        { "ordering.yaml", "ordering: [mode-of-trail, maximum-penalty, category-precedence, offence-code]", "POC1013", 1, 12, "The ordering key 'mode-of-trail' is not known; allowed keys are mode-of-trial, maximum-penalty, category-precedence, offence-code. Did you mean 'mode-of-trial'?" },
        { "ordering.yaml", "ordering: [zzz, offence-code]", "POC1013", 1, 12, "The ordering key 'zzz' is not known; allowed keys are mode-of-trial, maximum-penalty, category-precedence, offence-code." },
        { "ordering.yaml", "ordering: [{a: b}, offence-code]", "POC1012", 1, 12, "An ordering key is a mapping; it must be a single value." },
        { "ordering.yaml", "ordering: [~, offence-code]", "POC1012", 1, 12, "An ordering key is empty; it must be a single value." },

        // Category rules and their conditions.
        { "category-rules.yaml", RuleAtLine22("  - id: Bad_Rule\n    when: {code: QQ*}\n    category: robbery\n"), "POC1013", 22, 9, "The rule id 'Bad_Rule' is not allowed; use lower-case letters, digits and hyphens, starting with a letter." },
        { "category-rules.yaml", RuleAtLine22("  - when: {code: QQ*}\n    category: robbery\n"), "POC1011", 22, 5, "A category rule has no 'id'; it is required." },
        { "category-rules.yaml", RuleAtLine22("  - just-a-rule\n"), "POC1012", 22, 5, "A category rule is a single value; it must be a mapping of keys to values." },
        { "category-rules.yaml", RuleAtLine22("  - id: described\n    description: [x]\n    when: {code: QQ*}\n    category: robbery\n"), "POC1012", 23, 18, "The 'description' of a category rule is a list; it must be a single value." },
        { "category-rules.yaml", RuleAtLine22("  - id: no-when\n    category: robbery\n"), "POC1011", 22, 5, "The category rule 'no-when' has no 'when'; give at least one condition (code, act, mode, ho-class, ho-group, title, inchoate-base or cited-acts)." },
        { "category-rules.yaml", RuleAtLine22("  - id: scalar-when\n    when: CM\n    category: robbery\n"), "POC1012", 23, 11, "The 'when' of rule 'scalar-when' is a single value; it must be a mapping of keys to values." },
        { "category-rules.yaml", RuleAtLine22("  - id: bad-key\n    when: {code: QQ*, mdoe: CE}\n    category: robbery\n"), "POC1010", 23, 23, "The key 'mdoe' is not allowed in the 'when' of rule 'bad-key'; allowed keys are code, act, mode, ho-class, ho-group, title, inchoate-base, cited-acts. Did you mean 'mode'?" },
        { "category-rules.yaml", RuleAtLine22("  - id: bad-mode\n    when: {code: QQ*, mode: [CE, XX]}\n    category: robbery\n"), "POC1013", 23, 34, "The mode 'XX' in rule 'bad-mode' is not a mode of trial; allowed modes are CI, CE, CS and CM." },
        { "category-rules.yaml", RuleAtLine22("  - id: bad-class\n    when: {code: QQ*, ho-class: [\"004/*\", \"4/17\"]}\n    category: robbery\n"), "POC1013", 23, 43, "The Home Office classification '4/17' in rule 'bad-class' is not allowed; write NNN/NN (for example 004/17) or NNN/* for a whole class." },
        { "category-rules.yaml", RuleAtLine22("  - id: bad-code\n    when: {code: [\"QQ*\", \"Q-Q\"]}\n    category: robbery\n"), "POC1013", 23, 26, "The offence code 'Q-Q' is not allowed; codes are 1 to 16 ASCII letters and digits, optionally ending in * to match a prefix." },
        { "category-rules.yaml", RuleAtLine22("  - id: empty-list\n    when: {code: QQ*, mode: []}\n    category: robbery\n"), "POC1012", 23, 29, "The condition 'mode' is an empty list; give one value or a list of values." },
        { "category-rules.yaml", RuleAtLine22("  - id: empty-value\n    when: {code: QQ*, mode: ~}\n    category: robbery\n"), "POC1012", 23, 29, "The condition 'mode' is empty; give one value or a list of values." },
        { "category-rules.yaml", RuleAtLine22("  - id: mapped\n    when: {code: QQ*, mode: {a: b}}\n    category: robbery\n"), "POC1012", 23, 29, "The condition 'mode' is a mapping; give one value or a list of values." },
        { "category-rules.yaml", RuleAtLine22("  - id: nested\n    when: {code: QQ*, mode: [CE, [CM]]}\n    category: robbery\n"), "POC1012", 23, 34, "A value of condition 'mode' is a list; it must be a single value." },
        { "category-rules.yaml", RuleAtLine22("  - id: null-item\n    when: {code: QQ*, mode: [CE, ~]}\n    category: robbery\n"), "POC1012", 23, 34, "A value of condition 'mode' is empty; it must be a single value." },
        { "category-rules.yaml", RuleAtLine22("  - id: not-boolean\n    when: {code: QQ*, inchoate-base: yes}\n    category: robbery\n"), "POC1013", 23, 38, "The 'inchoate-base' of the 'when' of rule 'not-boolean' is 'yes'; it must be true or false." },

        // The Home Office table.
        { "home-office-classes.yaml", Yaml.HomeOffice + "\n  - {class: \"4/17\", group: Robbery}", "POC1013", 7, 13, "The Home Office classification '4/17' is not allowed; write three digits, a slash and two digits, for example 004/17." },

        { "home-office-classes.yaml", Yaml.HomeOffice + "\n  - {group: Robbery}", "POC1011", 7, 5, "A Home Office classification has no 'class'; it is required." },
        { "home-office-classes.yaml", Yaml.HomeOffice + "\n  - {class: \"034/02\"}", "POC1011", 7, 5, "A Home Office classification has no 'group'; it is required." },
        { "home-office-classes.yaml", Yaml.HomeOffice + "\n  - \"034/02\"", "POC1012", 7, 5, "A Home Office classification is a single value; it must be a mapping of keys to values." },

        // The catalogue, in block style, which the fast line reader leaves to the parser.
        { "offences/all.yaml", OffenceAtLine12("  - title: Test\n    mode: CE\n"), "POC1011", 12, 5, "An offence has no 'code'; it is required." },
        { "offences/all.yaml", OffenceAtLine12("  - QQ00001\n"), "POC1012", 12, 5, "An offence is a single value; it must be a mapping of keys to values." },
        { "offences/all.yaml", OffenceAtLine12("  - code: QQ1*\n    title: Test\n    mode: CE\n"), "POC1013", 12, 11, "The offence code 'QQ1*' is not allowed; codes are 1 to 16 ASCII letters and digits." },
        { "offences/all.yaml", OffenceAtLine12("  - code: QQ00001\n    title: Test\n    mode: CE\n    ho-class: 4/17\n"), "POC1013", 15, 15, "The Home Office classification '4/17' is not allowed; write three digits, a slash and two digits, for example 004/17, or leave the key out." },
        { "offences/all.yaml", OffenceAtLine12("  - code: QQ00001\n    title: Test\n    mode: QQ\n"), "POC1013", 14, 11, "The mode 'QQ' is not a CJS offence category code; offences use CI, CE, CS or CM, and non-offences one of ..." },
        { "offences/all.yaml", OffenceAtLine12("  - code: Q-1\n    title: Test\n    mode: CE\n"), "POC1013", 12, 11, "The offence code 'Q-1' is not allowed; codes are 1 to 16 ASCII letters and digits." },
        { "offences/all.yaml", OffenceAtLine12("  - code: ABCDEFGHIJ1234567\n    title: Test\n    mode: CE\n"), "POC1013", 12, 11, "The offence code 'ABCDEFGHIJ1234567' is not allowed; codes are 1 to 16 ASCII letters and digits." },
        { "offences/all.yaml", OffenceAtLine12("  - code: QQ00001\n    title: Test\n    mode: CE\n    max: 14x\n"), "POC1013", 15, 10, "The maximum penalty '14x' is not allowed; write life, or a term in years, months, weeks and days such as 14y, 6m, 1y6m or 14d, or leave the key out when none is known." },
        { "offences/all.yaml", OffenceAtLine12("  - code: QQ00001\n    title: Test\n"), "POC1011", 12, 5, "An offence has no 'mode'; it is required." },

        // Overrides.
        { "offence-overrides.yaml", "offence-overrides:\n  - {code: TH68023, category: robbery}\n", "POC1011", 2, 5, "An offence override has no 'reason'; it is required." },
        { "offence-overrides.yaml", "offence-overrides:\n  - {reason: test}\n", "POC1011", 2, 5, "An offence override has no 'code'; it is required." },
        { "offence-overrides.yaml", "offence-overrides:\n  - TH68023\n", "POC1012", 2, 5, "An offence override is a single value; it must be a mapping of keys to values." },
        { "offence-overrides.yaml", "offence-overrides:\n  - {code: T-1, reason: test}\n", "POC1013", 2, 12, "The offence code 'T-1' is not allowed; codes are 1 to 16 ASCII letters and digits." },
        { "offence-overrides.yaml", "offence-overrides:\n  - {code: TH68023, reason: test, mode: XX}\n", "POC1013", 2, 41, "The mode 'XX' is not a CJS offence category code; offences use CI, CE, CS or CM, and non-offences one of ..." },

        // A version's changes.
        { "versions/2.yaml", "remove-offences: [XX00001, [RT88007]]\n", "POC1012", 1, 28, "An entry of 'remove-offences' is a list; it must be a single value." },
        { "versions/2.yaml", "remove-offences: [XX00001, Q-1]\n", "POC1013", 1, 28, "The offence code 'Q-1' is not allowed; codes are 1 to 16 ASCII letters and digits." },
        { "versions/2.yaml", "schema-version: 1\n", "POC1010", 1, 1, "The key 'schema-version' is not allowed in a version's changes; allowed keys are categories, ordering, category-rules, fallback-category, derive-inchoate-maximum, derive-class-maximum, home-office-classes, offences, offence-overrides, remove-offences." },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void TryLoad_OneBrokenValue_IsTheOnlyErrorAndIsReportedAtItsPlace(string file, string yaml, string code, int line, int column, string message)
    {
        var result = With(file, yaml).TryLoad();

        var error = Assert.Single(result.Errors);
        Assert.Equal((code, file, line, column), (error.Code, error.File, error.Line, error.Column));
        if (message.EndsWith("...", StringComparison.Ordinal))
        {
            Assert.StartsWith(message[..^3], error.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(message, error.Message);
        }

        Assert.True(char.IsUpper(error.Message[0]), "A diagnostic is a sentence: " + error.Message);
    }

    // The other side of each check: values at the edge of what is allowed load, and mean what they say.
    [Fact]
    public void TryLoad_ValuesAtTheEdgeOfTheSyntax_AreAccepted()
    {
        var offences = OffenceAtLine12("  - code: ABCDEFGHIJ123456\n    title: Sixteen characters\n    mode: CE\n    ho-class: \"000/00\"\n  - {code: Q, title: One character, mode: CS}\n");
        var rules = RuleAtLine22("  - id: a\n    when: {code: [ABCDEFGHIJ123456*], mode: CE}\n    category: robbery\n");
        var header = Yaml.Header.Replace("version: \"1\"", "version: A.1-b_2", StringComparison.Ordinal);

        var result = Yaml.Default().With("offences/all.yaml", offences).With("category-rules.yaml", rules).With("ruleset.yaml", header).TryLoad();

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var version = result.RuleSet.Latest;
        Assert.Equal("A.1-b_2", version.Label);
        Assert.True(version.TryGetOffence("ABCDEFGHIJ123456", out var offence));
        Assert.Null(offence.HomeOfficeClass);
        Assert.Equal("robbery", offence.Category?.Id);
        Assert.True(version.TryGetOffence("Q", out _));
    }
}
