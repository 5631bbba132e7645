using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PocEngine.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit3;
using Xunit;

namespace PocEngine.Tests.Validation;

// One case per diagnostic code: the rule files that provoke it, and where it must point. Every expected line and
// column below was checked by hand against the YAML text of its case. The full diagnostic list of each case is
// also kept as a reviewed snapshot, so that a change of wording shows as a diff.
public sealed class DiagnosticTests
{
    public static TheoryData<string> Codes() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Codes))]
    public void TryLoad_BrokenRules_ReportsTheDiagnosticAtItsPlace(string code)
    {
        var (yaml, severity, file, line, column, messageStart, options) = Cases[code];

        var result = yaml().TryLoad(options);

        var found = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count == 1, $"Expected one {code}, got: {string.Join(" | ", result.Diagnostics)}");
        var diagnostic = found[0];
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(file, diagnostic.File);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.StartsWith(messageStart, diagnostic.Message, StringComparison.Ordinal);
        Assert.True(diagnostic.Message.EndsWith('.') || diagnostic.Message.EndsWith('?'), "A diagnostic is one full sentence.");
        Assert.Equal(severity == DiagnosticSeverity.Error, !result.Success);
        Snapshot.Match(result.Diagnostics.Select(d => d.ToString()).ToArray(), new SnapshotNameExtension(code));
    }

    [Fact]
    public void TryLoad_ManyProblems_ReportsEveryOneAtOnce()
    {
        var offences = """
            offences:
              - {code: A1, titel: "x", mode: CE}
              - {code: A2, title: "y", mode: QQ}
              - {code: A3, title: "z", mode: CE, max: forever}
            """;

        var result = Yaml.Default().With("offences/all.yaml", offences).TryLoad();

        // The misspelt 'titel' is one mistake: it is not also reported as a missing 'title'.
        Assert.Equal(["POC1010", "POC1013", "POC1013"], result.Errors.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_BrokenRules_ThrowsWithEveryError()
    {
        var error = Assert.Throws<RuleSetLoadException>(() => Yaml.Default().With("ordering.yaml", "ordering: [mode-of-trial]").Load());

        Assert.Equal("POC1040", Assert.Single(error.Diagnostics, d => d.Severity == DiagnosticSeverity.Error).Code);
        Assert.StartsWith("The rule set could not be loaded: 1 error(s). ordering.yaml(1,1): error POC1040:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromStream_InvalidUtf8_ReportsTheFileAsUnreadable()
    {
        var sources = Yaml.Default().Sources().Where(s => s.Path != "offences/all.yaml")
            .Append(RuleSource.FromStream("offences/all.yaml", new MemoryStream([0x6f, 0x3a, 0x20, 0xff, 0xfe])));

        var result = RuleSetLoader.Load(sources);

        var diagnostic = Assert.Single(result.Errors);
        Assert.Equal("offences/all.yaml: error POC1001: The rule file cannot be loaded: the file is not valid UTF-8 text.", diagnostic.ToString());
    }

    [Fact]
    public void FromStream_LargerThanTheLimit_ReportsTheLimit()
    {
        var big = new MemoryStream(Encoding.UTF8.GetBytes("offences: []\n" + new string('#', 2000)));
        var sources = Yaml.Default().Sources().Append(RuleSource.FromStream("offences/big.yaml", big, maxBytes: 1000));

        var diagnostic = Assert.Single(RuleSetLoader.Load(sources).Errors);

        Assert.Equal("POC1001", diagnostic.Code);
        Assert.Contains("larger than the limit of 1000 bytes", diagnostic.Message, StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, (Func<Yaml> Yaml, DiagnosticSeverity Severity, string File, int Line, int Column, string MessageStart, RuleSetLoadOptions? Options)> Cases = new()
    {
        ["POC1002"] = (() => Yaml.Default().With("offences/all.yaml", "offences:\n  - {code: A1, title: \"x\", mode: CE\n"), DiagnosticSeverity.Error, "offences/all.yaml", 3, 1, "The rule file is not valid YAML: ", null),
        ["POC1003"] = (() => Yaml.Default().With("offences/all.yaml", "offences:\n  - &first {code: A1, title: \"x\", mode: CE}\n  - *first\n"), DiagnosticSeverity.Error, "offences/all.yaml", 2, 5, "The anchor '&first' is not allowed", null),
        ["POC1004"] = (() => Yaml.Default().With("offences/all.yaml", "offences:\n  - !!python/object {code: A1}\n"), DiagnosticSeverity.Error, "offences/all.yaml", 2, 5, "The tag 'tag:yaml.org,2002:python/object' is not allowed", null),
        ["POC1005"] = (() => Yaml.Default().With("offences/all.yaml", "offences:\n  - {code: [[[[x]]]]}\n"), DiagnosticSeverity.Error, "offences/all.yaml", 2, 15, "The rule file nests deeper than 6 levels", new RuleSetLoadOptions { MaxNestingDepth = 6 }),
        ["POC1006"] = (() => Yaml.Default().With("extra.yaml", "offences: []\n---\noffences: []\n"), DiagnosticSeverity.Error, "extra.yaml", 2, 1, "The rule file holds more than one YAML document", null),
        ["POC1010"] = (() => Yaml.Default().With("offences/all.yaml", "offences:\n  - {code: A1, titel: \"x\", mode: CE}\n"), DiagnosticSeverity.Error, "offences/all.yaml", 2, 16, "The key 'titel' is not allowed in an offence; allowed keys are code, title, mode, ho-class, max, category. Did you mean 'title'?", null),
        ["POC1011"] = (() => Yaml.Default().With("offences/all.yaml", "offences:\n  - {code: A1, mode: CE}\n"), DiagnosticSeverity.Error, "offences/all.yaml", 2, 5, "An offence has no 'title'; it is required.", null),
        ["POC1012"] = (() => Yaml.Default().With("offences/all.yaml", "offences:\n  code: A1\n"), DiagnosticSeverity.Error, "offences/all.yaml", 2, 3, "The 'offences' list is a mapping; it must be a list.", null),
        ["POC1013"] = (() => Yaml.Default().With("offences/all.yaml", "offences:\n  - {code: A1, title: \"x\", mode: CE, max: 14x}\n"), DiagnosticSeverity.Error, "offences/all.yaml", 2, 43, "The maximum penalty '14x' is not allowed", null),
        ["POC1014"] = (() => Yaml.Default().With("offences/all.yaml", "offences:\n  - {code: A1, title: \"x\", mode: CE, mode: CS}\n"), DiagnosticSeverity.Error, "offences/all.yaml", 2, 38, "The key 'mode' appears twice in an offence (first at line 2)", null),
        ["POC1015"] = (() => Yaml.Default().With("more.yaml", "\nordering: [offence-code]\n"), DiagnosticSeverity.Error, "ordering.yaml", 1, 1, "The section 'ordering' is already defined in more.yaml at line 2", null),
        ["POC1020"] = (() => Yaml.Default().With("ruleset.yaml", Yaml.Header.Replace("schema-version: 1", "schema-version: 2", StringComparison.Ordinal)), DiagnosticSeverity.Error, "ruleset.yaml", 1, 1, "The schema version 2 is not one this engine reads; it reads schema version 1.", null),
        ["POC1021"] = (() => Yaml.Default().Without("categories.yaml"), DiagnosticSeverity.Error, "ruleset.yaml", 5, 5, "The rule set has no 'categories' for version '1'", null),
        ["POC1022"] = (() => Yaml.Default().With("ruleset.yaml", Yaml.Header + "\n  - version: \"1\"\n    effective-from: 2001-01-01\n"), DiagnosticSeverity.Error, "ruleset.yaml", 7, 5, "The version label '1' is used twice", null),
        ["POC1023"] = (() => Yaml.Default().With("ruleset.yaml", Yaml.Header + "\n  - version: \"2\"\n    effective-from: 1999-01-01\n"), DiagnosticSeverity.Error, "ruleset.yaml", 7, 5, "The version '2' has an earlier effective-from date than '1' (1999-01-01)", null),
        ["POC1024"] = (() => Yaml.Default().With("versions/2.yaml", "offences: []\n"), DiagnosticSeverity.Error, "versions/2.yaml", 0, 0, "The changes file belongs to no version", null),
        ["POC1030"] = (() => Yaml.Default().With("offences/more.yaml", "offences:\n  - {code: TH68023, title: \"Robbery again\", mode: CI}\n"), DiagnosticSeverity.Error, "offences/more.yaml", 2, 5, "The offence code 'TH68023' is listed twice (first at offences/all.yaml line 8)", null),
        ["POC1031"] = (() => Yaml.Default().With("category-rules.yaml", "category-rules:\n  - id: r1\n    when: {mode: CM}\n    category: motoring\nfallback-category: all-other-offences-excluding-motoring\n"), DiagnosticSeverity.Error, "category-rules.yaml", 4, 15, "The category 'motoring' is not defined; use one of the ids under 'categories'.", null),
        ["POC1032"] = (() => Yaml.Default().With("categories.yaml", Yaml.Categories + "\n  - {id: extra, name: Extra, precedence: 3}\n"), DiagnosticSeverity.Error, "categories.yaml", 14, 5, "The categories 'sexual-offences' and 'extra' share precedence 3", null),
        ["POC1033"] = (() => Yaml.Default().With("ruleset.yaml", Yaml.Header + Yaml.SecondVersion + "    changes: versions/2.yaml\n").With("versions/2.yaml", "remove-offences: [NOPE001]\n"), DiagnosticSeverity.Error, "versions/2.yaml", 1, 19, "The offence 'NOPE001' cannot be removed", null),
        ["POC1034"] = (() => Yaml.Default().With("home-office-classes.yaml", Yaml.HomeOffice + "\n  - {class: \"001/01\", group: Robbery}\n"), DiagnosticSeverity.Error, "home-office-classes.yaml", 7, 5, "The Home Office classification '001/01' is listed twice", null),
        ["POC1035"] = (() => Yaml.Default().With("offence-overrides.yaml", "offence-overrides:\n  - {code: NOPE001, reason: test, category: robbery}\n"), DiagnosticSeverity.Error, "offence-overrides.yaml", 2, 5, "The override names the offence 'NOPE001', which the catalogue does not hold", null),
        ["POC1036"] = (() => Yaml.Default(), DiagnosticSeverity.Error, "ruleset.yaml", 5, 5, "The rule set's version '1' has 10 offences; the limit is 5", new RuleSetLoadOptions { MaxOffences = 5 }),
        ["POC1040"] = (() => Yaml.Default().With("ordering.yaml", "ordering:\n  - mode-of-trial\n  - offence-code\n  - maximum-penalty\n"), DiagnosticSeverity.Error, "ordering.yaml", 4, 5, "The ordering ranks 'maximum-penalty' after 'offence-code', where it can never decide", null),
        ["POC1050"] = (() => Yaml.Default().With("category-rules.yaml", Yaml.Rules.Replace("category-rules:", "category-rules:\n  - id: shadowed\n    when: {mode: CM, ho-class: \"001/01\"}\n    category: homicide", StringComparison.Ordinal).Replace("fallback-category", "  - id: late\n    when: {mode: [CM], ho-group: Robbery}\n    category: robbery\nfallback-category", StringComparison.Ordinal)), DiagnosticSeverity.Error, "category-rules.yaml", 25, 5, "The rule 'late' can never match: the earlier rule 'cjs-category-motoring' (line 5) matches every offence it would", null),
        ["POC1051"] = (() => Yaml.Default().With("category-rules.yaml", Yaml.Rules.Replace("fallback-category", "  - id: unused\n    when: {code: QQ*}\n    category: robbery\nfallback-category", StringComparison.Ordinal)), DiagnosticSeverity.Warning, "category-rules.yaml", 22, 5, "The rule 'unused' places no offence of the catalogue in version '1'", null),
        ["POC1052"] = (() => Yaml.Default().With("category-rules.yaml", Yaml.Rules.Replace("fallback-category", "  - id: home-office-robbery\n    when: {code: QQ*}\n    category: robbery\nfallback-category", StringComparison.Ordinal)), DiagnosticSeverity.Error, "category-rules.yaml", 22, 5, "The rule id 'home-office-robbery' is used twice (first at line 11)", null),
        ["POC1053"] = (() => Yaml.Default().With("category-rules.yaml", Yaml.Rules.Replace("fallback-category", "  - id: everything\n    when: {}\n    category: robbery\nfallback-category", StringComparison.Ordinal)), DiagnosticSeverity.Error, "category-rules.yaml", 22, 5, "The rule 'everything' has no condition and would match every offence", null),
        ["POC1060"] = (() => Yaml.Default(), DiagnosticSeverity.Warning, "ruleset.yaml", 0, 0, "1 offence(s) of version '1' are placed by the fallback category because no rule matches them (XX00001)", null),
    };
}
