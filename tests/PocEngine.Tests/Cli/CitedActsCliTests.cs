using System;
using System.Linq;
using System.Text.Json;
using PocEngine.Tests.Rules;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Cli;

// The cited-acts condition through the tool: 'poc diff' reports a change to it, and a rule folder that uses it passes
// its rule tests. The catalogue and rules are CitedActsRuleTests'.
public sealed class CitedActsCliTests
{
    [Fact]
    public void Diff_CitedActChangedWhereNoOffenceMoves_ReportsIt()
    {
        const string Rule = "  - id: cited\n    reason: r\n    when: {cited-acts: [Identity Documents Act 2010]}\n    category: fraud-and-forgery\n";
        var yaml = CitedActsRuleTests.Rules(Rule)
            .With("ruleset.yaml", Yaml.HeaderWithVersionTwo)
            .With("versions/2.yaml", CitedActsRuleTests.RuleAt22(Rule.Replace("]}", ", Identity Cards Act 2099]}", StringComparison.Ordinal)));
        using var folder = TempRules.Of(yaml);

        var json = PocProcess.InProcess("diff", "--rules", folder.Path, "--from", "1", "--to", "2", "--format", "json");

        Assert.Equal(0, json.ExitCode);
        var report = JsonDocument.Parse(json.Output).RootElement;
        Assert.Equal(
            ["The rule 'cited' changed: cited-acts [Identity Documents Act 2010] to [Identity Documents Act 2010, Identity Cards Act 2099]."],
            report.GetProperty("policyChanges").EnumerateArray().Select(c => c.GetString()));
        Assert.Empty(report.GetProperty("offenceChanges").EnumerateArray());
    }

    // An example rule folder as an author writes one: a cited-acts rule and the rule tests that hold it, run by 'poc
    // test'.
    [Fact]
    public void PocTest_RuleFolderWithCitedActsRule_PassesItsRuleTests()
    {
        var yaml = CitedActsRuleTests.Rules("""
              - id: identity-documents-cited
                reason: Local codes whose titles cite the Identity Documents Act 2010 (sections 4 and 6) are forgery of identity documents.
                when: {cited-acts: Identity Documents Act 2010}
                category: fraud-and-forgery

            """).With("tests/cited-acts.yaml", """
            tests:
              - {name: A local code citing section 4 of the Act, finalised-on: 2024-05-01, finalisation: conviction, charges: [01ID0001], expect: {outcome: determined, category: fraud-and-forgery, classified-by: identity-documents-cited}}
              - {name: A title citing the Identity Cards Act 2006 is another Act, finalised-on: 2024-05-01, finalisation: conviction, charges: [01ID0003], expect: {outcome: determined, classified-by: fallback}}
            """);
        using var folder = TempRules.Of(yaml);

        var run = PocProcess.InProcess("test", folder.Path);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("2 passed", run.Output, StringComparison.Ordinal);
    }
}
