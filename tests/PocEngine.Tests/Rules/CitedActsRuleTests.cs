using System;
using System.Linq;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Rules;

// The cited-acts condition: a rule places a code by an Act its title cites, by the Act's whole name and year. The
// titles are the standing data's local codes' (or shaped like them), whose first four characters name no Act. Lines
// and columns were counted by hand: the test's rule starts on line 22 of category-rules.yaml.
public sealed class CitedActsRuleTests
{
    internal const string Catalogue = Yaml.Offences + """

          - {code: 01ID0001, title: "Possess identity document with an improper intention Contrary to Section 4(1) of the Identity Documents Act 2010", mode: CE}
          - {code: 01ID0002, title: "POSSESS FALSE IDENTITY DOCUMENT - IDENTITY DOCUMENTS ACT 2010 S.6", mode: CE}
          - {code: 01ID0003, title: "Possess false identity document under the Identity Cards Act 2006", mode: CE}
          - {code: 01TH0001, title: "Steal contrary to Theft Act 1968 s.1", mode: CE}
          - {code: 01TH0002, title: "Obtain services dishonestly contrary to Theft Act 1978 s.1", mode: CE}
          - {code: 01CJ0001, title: "Breach licence - Sec. 38(1) Criminal Justice Act 1991.", mode: CE}
          - {code: 01CJ0002, title: "Possess false identity document contrary to the Identity Documents Act", mode: CE}
        """;

    internal static string RuleAt22(string rule) => Yaml.Rules.Replace("fallback-category", rule + "fallback-category", StringComparison.Ordinal);

    internal static Yaml Rules(string rule) => Yaml.Default().With("offences/all.yaml", Catalogue).With("category-rules.yaml", RuleAt22(rule));

    private static string ClassifiedBy(RuleSetVersion version, string code) =>
        version.TryGetOffence(code, out var offence) ? offence.ClassifiedBy : throw new InvalidOperationException($"{code} is not in the catalogue.");

    [Fact]
    public void Load_CitedActsRule_PlacesTheCodesWhoseTitlesCiteTheActWhole()
    {
        var result = Rules("""
              - id: identity-documents
                reason: Identity Documents Act 2010 offences, cited in local codes' titles.
                when: {cited-acts: [identity documents act 2010, Theft Act 1968]}
                category: fraud-and-forgery

            """).TryLoad();

        Assert.True(result.Success, string.Join("\n", result.Errors));
        var version = result.RuleSet!.Latest;
        var rule = version.CategoryRules.Single(r => r.Id == "identity-documents");
        Assert.Equal(["identity documents act 2010", "Theft Act 1968"], rule.Conditions.CitedActs);
        Assert.Equal("cited-acts", Assert.Single(rule.Conditions).Name);
        Assert.Equal("identity-documents", ClassifiedBy(version, "01ID0001"));
        Assert.Equal("identity-documents", ClassifiedBy(version, "01ID0002"));
        Assert.Equal("identity-documents", ClassifiedBy(version, "01TH0001"));
        Assert.True(version.TryGetOffence("01ID0001", out var placed));
        Assert.Equal("fraud-and-forgery", placed.Category!.Id);
    }

    [Theory]
    [InlineData("Identity Documents Act 2010", "01ID0003")] // another Act with a like name
    [InlineData("Theft Act 1968", "01TH0002")] // the same name, another year
    [InlineData("Justice Act 1991", "01CJ0001")] // the end of the cited name
    [InlineData("Identity Documents Act 2010", "01CJ0002")] // named without its year
    public void Load_CitedActsRule_LeavesNearMisses(string act, string code)
    {
        var version = Rules($"  - id: cited\n    reason: r\n    when: {{cited-acts: {act}}}\n    category: fraud-and-forgery\n").Load().Latest;

        Assert.NotEqual("cited", ClassifiedBy(version, code));
    }

    [Fact]
    public void Load_CitedActsWithOtherConditions_NeedsThemAll()
    {
        var version = Rules("  - id: cited\n    reason: r\n    when: {cited-acts: Identity Documents Act 2010, title: \"^possess identity\"}\n    category: fraud-and-forgery\n").Load().Latest;

        Assert.Equal("cited", ClassifiedBy(version, "01ID0001"));
        Assert.NotEqual("cited", ClassifiedBy(version, "01ID0002"));
    }

    [Theory]
    [InlineData("    reason: r\n    when: {cited-acts: Theft Act}\n", "POC1013", 24, 24, "The cited Act 'Theft Act' in rule 'x' is not allowed; write one Act's name and year as titles cite it, such as Identity Documents Act 2010.")]
    [InlineData("    reason: r\n    when: {cited-acts: [Theft Act 1968, s.1 Fraud Act 2006]}\n", "POC1013", 24, 41, "The cited Act 's.1 Fraud Act 2006' in rule 'x' is not allowed; write one Act's name and year as titles cite it, such as Identity Documents Act 2010.")]
    [InlineData("    reason: r\n    when:\n      cited-acts:\n        - the Theft Act 1968\n", "POC1013", 26, 11, "The cited Act 'the Theft Act 1968' in rule 'x' is not allowed; write one Act's name and year as titles cite it, such as Identity Documents Act 2010.")]
    [InlineData("    when: {cited-acts: Theft Act 1968}\n", "POC1053", 22, 5, "The rule 'x' places offences by their Act or title and gives no 'reason'; ...")]
    public void Load_BrokenCitedActs_IsTheOnlyErrorAtItsPlace(string body, string code, int line, int column, string message)
    {
        var result = Rules("  - id: x\n" + body + "    category: robbery\n").TryLoad();

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

    [Fact]
    public void Hash_CitedActsGivenOrChanged_ChangesTheHash()
    {
        var plain = Rules("  - id: cited\n    reason: r\n    when: {title: \"^possess identity\"}\n    category: fraud-and-forgery\n").Load().Latest;
        var cited = Rules("  - id: cited\n    reason: r\n    when: {title: \"^possess identity\", cited-acts: Identity Documents Act 2010}\n    category: fraud-and-forgery\n").Load().Latest;
        var otherAct = Rules("  - id: cited\n    reason: r\n    when: {title: \"^possess identity\", cited-acts: Identity Documents Act 2006}\n    category: fraud-and-forgery\n").Load().Latest;

        Assert.Equal([plain.Hash, cited.Hash, otherAct.Hash], new[] { plain.Hash, cited.Hash, otherAct.Hash }.Distinct());
    }
}
