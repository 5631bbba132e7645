using System;
using System.Linq;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Rules;

// Category rules on the evidence of a code with no Home Office class: its Act (the code's first four characters) and
// its title. Lines and columns were counted by hand: the test's rule starts on line 22 of category-rules.yaml.
public sealed class EvidenceRuleTests
{
    private const string Catalogue = Yaml.Offences + """

          - {code: MD71001, title: "Producing controlled drug - Class A", mode: CI}
          - {code: MD71099, title: "Failing to comply with a notice", mode: CS}
          - {code: SX03010, title: "Rape of a female aged 16 or over", mode: CI}
          - {code: OF61020, title: "Wounding", mode: CE}
        """;

    private static string RuleAt22(string rule) => Yaml.Rules.Replace("fallback-category", rule + "fallback-category", StringComparison.Ordinal);

    private static RuleSetLoadResult Load(string rules) =>
        Yaml.Default().With("offences/all.yaml", Catalogue).With("category-rules.yaml", RuleAt22(rules)).TryLoad();

    [Fact]
    public void Load_ActAndTitleRule_PlacesOnlyTheCodesOfThatActWhoseTitleMatches()
    {
        var result = Load("""
              - id: misuse-of-drugs-act-supply
                reason: Misuse of Drugs Act 1971 production offences.
                when: {act: MD71, title: "^producing controlled drug"}
                category: drugs-offences

            """);

        Assert.True(result.Success, string.Join("\n", result.Errors));
        var version = result.RuleSet!.Latest;
        Assert.True(version.TryGetOffence("MD71001", out var producing));
        Assert.Equal(("drugs-offences", "misuse-of-drugs-act-supply"), (producing.Category!.Id, producing.ClassifiedBy));
        Assert.True(version.TryGetOffence("MD71099", out var notice));
        Assert.Equal("fallback", notice.ClassifiedBy);
        Assert.True(version.TryGetOffence("SX03010", out var rape));
        Assert.Equal("fallback", rape.ClassifiedBy);
        var rule = version.CategoryRules.Single(r => r.Id == "misuse-of-drugs-act-supply");
        Assert.Equal(["MD71"], rule.Conditions.Acts);
        Assert.Equal(["^producing controlled drug"], rule.Conditions.TitlePatterns);
        Assert.Equal("Misuse of Drugs Act 1971 production offences.", rule.Reason);
    }

    [Fact]
    public void Calculate_CodeOutsideTheCatalogue_NeverMatchesATitleRuleButMatchesAnActRule()
    {
        var result = Load("""
              - id: drugs-titles
                reason: Titles that name a controlled drug.
                when: {title: "controlled drug"}
                category: drugs-offences
              - id: sexual-offences-act-2003
                reason: Sexual Offences Act 2003.
                when: {act: SX03}
                category: sexual-offences

            """);
        var calculator = new PocCalculator(result.RuleSet!);

        var unknownDrug = calculator.Calculate(new DefendantCase(new DateOnly(2024, 5, 1), FinalisationKind.Conviction, [new Charge("MD71999") { ModeOfTrial = ModeOfTrial.IndictableOnly }]));
        var unknownSexual = calculator.Calculate(new DefendantCase(new DateOnly(2024, 5, 1), FinalisationKind.Conviction, [new Charge("SX03999") { ModeOfTrial = ModeOfTrial.IndictableOnly }]));

        Assert.Equal("all-other-offences-excluding-motoring", unknownDrug.Category!.Id);
        Assert.Equal("sexual-offences", unknownSexual.Category!.Id);
    }

    [Fact]
    public void Load_TitlePatternsIgnoreCase_AndTheFirstRuleWins()
    {
        var result = Load("""
              - id: wounding
                reason: Wounding under the Offences against the Person Act 1861.
                when: {act: OF61, title: "WOUNDING"}
                category: offences-against-the-person
              - id: any-title
                reason: Every other title of the Act.
                when: {act: [OF61, SX03], title: "."}
                category: all-other-offences-excluding-motoring

            """);

        Assert.True(result.Success);
        Assert.True(result.RuleSet!.Latest.TryGetOffence("OF61020", out var wounding));
        Assert.Equal("wounding", wounding.ClassifiedBy);
        Assert.True(result.RuleSet.Latest.TryGetOffence("SX03010", out var rape));
        Assert.Equal("any-title", rape.ClassifiedBy);
    }

    [Theory]
    [InlineData("    reason: r\n    when: {act: md71}\n", "POC1013", 24, 17, "The Act 'md71' in rule 'x' is not allowed; write the first four characters of the codes, upper case, such as MD71 for the Misuse of Drugs Act 1971.")]
    [InlineData("    reason: r\n    when: {act: MD7}\n", "POC1013", 24, 17, "The Act 'MD7' in rule 'x' is not allowed; ...")]
    [InlineData("    when: {act: MD71}\n", "POC1053", 22, 5, "The rule 'x' places offences by their Act or title and gives no 'reason'; write the evidence a reviewer can check (the Act, the titles it places and why they belong to the category).")]
    [InlineData("    reason: r\n    when: {title: \"(unclosed\"}\n", "POC1013", 24, 19, "The title pattern '(unclosed' of rule 'x' is not a valid regular expression: ...")]
    [InlineData("    reason: r\n    when: {title: \"(a)\\\\1\"}\n", "POC1013", 24, 19, "The title pattern '(a)\\1' of rule 'x' uses a backreference, which title patterns do not allow because it can make matching take exponential time. Write the pattern without it.")]
    [InlineData("    reason: r\n    when: {title: \"drug(?=s)\"}\n", "POC1013", 24, 19, "The title pattern 'drug(?=s)' of rule 'x' uses a lookaround, ...")]
    [InlineData("    reason: r\n    when: {title: \"(?>a+)b\"}\n", "POC1013", 24, 19, "The title pattern '(?>a+)b' of rule 'x' uses an atomic group, ...")]
    public void Load_BrokenEvidenceCondition_IsTheOnlyErrorAtItsPlace(string body, string code, int line, int column, string message)
    {
        var result = Load("  - id: x\n" + body + "    category: robbery\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal((code, "category-rules.yaml", line, column), (error.Code, error.File, error.Line, error.Column));
        if (message.EndsWith("...", StringComparison.Ordinal))
        {
            Assert.StartsWith(message[..^3], error.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(message, error.Message);
        }
    }

    [Theory]
    [InlineData("(a+)+$")]
    [InlineData("(\\w*\\s)*x")]
    [InlineData("(?:ab{2,})*c")]
    public void Load_NestedUnboundedRepetition_IsRefusedAtThePattern(string pattern)
    {
        var result = Load($"  - id: evil\n    reason: r\n    when: {{title: '{pattern}'}}\n    category: robbery\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal((24, 19), (error.Line, error.Column));
        Assert.Equal($"The title pattern '{pattern}' of rule 'evil' uses a repeated group that itself repeats without bound, such as (a+)+ or (\\w*\\s)*, which title patterns do not allow because it can make matching take exponential time. Write the pattern without it.", error.Message);
    }

    [Theory]
    [InlineData("(\\w+ )?robbery")]
    [InlineData("(a|b){2,5}c")]
    [InlineData("[(+*]+")]
    [InlineData("\\(a+\\)+")]
    public void Load_BoundedOrSingleRepetition_IsAllowed(string pattern)
    {
        var result = Load($"  - id: fine\n    reason: r\n    when: {{title: '{pattern}'}}\n    category: robbery\n");

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Load_PatternThatBacktracksOnOneTitle_IsAnErrorNamingTheTitle()
    {
        // (a|aa)* matches a run of 'a' in exponentially many ways; with no 'b' after it, the engine tries them all.
        var title = new string('a', 60) + "!";
        var catalogue = Catalogue + $"\n  - {{code: ZZ99001, title: \"{title}\", mode: CS}}\n";

        var result = Yaml.Default().With("offences/all.yaml", catalogue).With("category-rules.yaml", RuleAt22("""
              - id: slow
                reason: A pattern that backtracks catastrophically without nested repetition.
                when: {title: "^(a|aa)*b"}
                category: robbery

            """)).TryLoad(new RuleSetLoadOptions { MaxTitlePatternTime = TimeSpan.FromMilliseconds(200) });

        var error = Assert.Single(result.Errors);
        Assert.Equal(("category-rules.yaml", 24, 19, DiagnosticCodes.TitlePatternTooSlow), (error.File, error.Line, error.Column, error.Code));
        Assert.StartsWith($"The title pattern '^(a|aa)*b' of rule 'slow' took more than the 0.2 s one pattern may spend matching titles in a load (RuleSetLoadOptions.MaxTitlePatternTime) and was stopped at the title '{new string('a', 60)}...': it backtracks heavily.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PatternThatBacktracksALittleOnEveryTitle_IsStoppedByItsAllowanceOverTheLoad()
    {
        // (.?){12}# tries every way of matching up to 12 characters at each position of a title without '#': a few
        // milliseconds a title, no single match near any bound, minutes over a catalogue of thousands.
        var titles = string.Concat(Enumerable.Range(0, 2_000).Select(i => FormattableString.Invariant($"\n  - {{code: ZZ9{i:D4}, title: \"Fail to comply with a notice given under section {i} of the act\", mode: CS}}")));
        var slow = """
              - id: slow
                reason: A pattern that backtracks a little on every title.
                when: {title: "(.?){12}#"}
                category: robbery

            """;

        var result = Yaml.Default().With("offences/all.yaml", Catalogue + titles + "\n").With("category-rules.yaml", RuleAt22(slow))
            .TryLoad(new RuleSetLoadOptions { MaxTitlePatternTime = TimeSpan.FromMilliseconds(300) });

        var error = Assert.Single(result.Errors);
        Assert.Equal((24, 19, DiagnosticCodes.TitlePatternTooSlow), (error.Line, error.Column, error.Code));
        Assert.Contains("'(.?){12}#' of rule 'slow' took more than the 0.3 s one pattern may spend", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PatternsTogetherPastTheLoadsTotal_StopTheLoadNamingTheHeaviest()
    {
        var titles = string.Concat(Enumerable.Range(0, 2_000).Select(i => FormattableString.Invariant($"\n  - {{code: ZZ9{i:D4}, title: \"Fail to comply with a notice given under section {i} of the act\", mode: CS}}")));
        var rules = """
              - id: slow-a
                reason: One slow pattern.
                when: {title: "(.?){10}#"}
                category: robbery
              - id: slow-b
                reason: A slower pattern.
                when: {title: "(.?){12}%"}
                category: robbery

            """;

        var result = Yaml.Default().With("offences/all.yaml", Catalogue + titles + "\n").With("category-rules.yaml", RuleAt22(rules))
            .TryLoad(new RuleSetLoadOptions { MaxTitlePatternTime = TimeSpan.FromMinutes(5), MaxTotalTitlePatternTime = TimeSpan.FromMilliseconds(300) });

        var error = Assert.Single(result.Errors);
        Assert.Equal(DiagnosticCodes.TitlePatternTooSlow, error.Code);
        Assert.StartsWith("The title patterns together took more than the 0.3 s a load may spend matching titles (RuleSetLoadOptions.MaxTotalTitlePatternTime), so the load stopped; the pattern '", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TitlePatternThatPlacesNothing_IsAWarningAtThePattern()
    {
        var result = Load("""
              - id: wounding
                reason: Wounding under the Offences against the Person Act 1861.
                when: {act: OF61, title: ["^wounding$", "woundnig"]}
                category: offences-against-the-person

            """);

        Assert.True(result.Success);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TitlePatternPlacesNothing);
        Assert.Equal((24, 45), (warning.Line, warning.Column));
        Assert.StartsWith("The title pattern 'woundnig' of rule 'wounding' places no offence in version '1'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OffenceWithAClassNotInTheTable_IsAWarningAtThatOffence()
    {
        var catalogue = Yaml.Offences + "\n  - {code: QQ00001, title: \"Typo\", mode: CE, ho-class: \"034/10\"}\n  - {code: QQ00002, title: \"Unknown\", mode: CE, ho-class: \"999/99\"}\n";

        var result = Yaml.Default().With("offences/all.yaml", catalogue).TryLoad();

        Assert.True(result.Success);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownHomeOfficeClass);
        Assert.Equal(("offences/all.yaml", 13, 5), (warning.File, warning.Line, warning.Column));
        Assert.Contains("999/99 (1, first QQ00002)", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("034/10", warning.Message, StringComparison.Ordinal);
    }
}
