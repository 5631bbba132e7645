using System;
using System.Linq;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Validation;

// A rule that an earlier rule shadows (POC1050): each condition's values are compared as its descriptor says, exactly
// or by a trailing * for codes and Home Office classes; an inchoate-base rule shadows nothing.
public sealed class RuleCoverageTests
{
    [Theory]
    [InlineData("{code: \"TH68*\"}", "{code: TH68023}", true)]
    [InlineData("{code: TH68023}", "{code: \"TH68*\"}", false)]
    [InlineData("{ho-class: \"034/*\"}", "{ho-class: [\"034/01\", \"034/02\"]}", true)]
    [InlineData("{ho-class: \"034/01\"}", "{ho-class: \"034/02\"}", false)]
    [InlineData("{mode: [CI, CE]}", "{mode: CE, ho-group: Robbery}", true)]
    [InlineData("{mode: CE, ho-group: Robbery}", "{mode: CE}", false)]
    [InlineData("{act: TH68}", "{act: TH68, title: \"^rob\"}", true)]
    [InlineData("{act: TH68}", "{act: TH69}", false)]
    [InlineData("{title: \"^rob\"}", "{title: \"^rob\", ho-group: Robbery}", true)]
    [InlineData("{title: \"^rob\"}", "{title: \"^robbery\"}", false)]
    [InlineData("{cited-acts: Theft Act 1968}", "{cited-acts: [Theft Act 1968], title: \"^steal\"}", true)]
    [InlineData("{cited-acts: [Theft Act 1968, Fraud Act 2006]}", "{cited-acts: Fraud Act 2006}", true)]
    [InlineData("{cited-acts: Theft Act 1968}", "{cited-acts: Theft Act 1978}", false)]
    [InlineData("{inchoate-base: true}", "{inchoate-base: true, code: \"OF*\"}", false)]
    public void Load_LaterRuleWithinAnEarlierOne_IsReportedAsNeverMatching(string earlier, string later, bool shadowed)
    {
        static string Rule(string id, string when) =>
            $"  - id: {id}\n    reason: A test.\n    when: {when}\n" + (when.Contains("inchoate-base", StringComparison.Ordinal) ? string.Empty : "    category: robbery\n");
        var rules = "category-rules:\n" + Rule("earlier", earlier) + Rule("later", later) + "fallback-category: all-other-offences-excluding-motoring\n";

        var result = Yaml.Default().With("category-rules.yaml", rules).TryLoad();

        Assert.Equal(shadowed, result.Errors.Any(d => d.Code == DiagnosticCodes.RuleNeverMatches));
        Assert.Equal(shadowed ? 1 : 0, result.Errors.Count());
    }
}
