using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Loading;

public sealed class ContentHashTests
{
    private static string HashOf(Yaml yaml) => yaml.Load().Latest.Hash;

    [Fact]
    public void Hash_OffencesSplitOverFilesAndReordered_IsUnchanged()
    {
        var split = Yaml.Default()
            .Without("offences/all.yaml")
            .With("offences/a.yaml", "offences:\n  - {code: TH68026, title: \"Burglary dwelling\", mode: CE, ho-class: \"028/03\", max: 14y}\n  - {code: TH68023, title: \"Robbery\", mode: CI, ho-class: \"034/01\", max: life}\n  - {code: HO01001, title: \"Murder\", mode: CI, ho-class: \"001/01\", max: life}\n")
            .With("offences/b.yaml", """
                # Block style, other key order, comments and blank lines: none of it is content.
                offences:
                  - mode: CE
                    code: CD71038
                    max: 10y
                    ho-class: "058/00"
                    title: Criminal damage over 5000

                  - {title: "ABH", code: OF61102, mode: CE, max: 5y, ho-class: "008/06"}
                  - {code: OF61102A, title: "Attempt ABH", mode: CE}
                  - {code: RT88007, title: "Excess alcohol", mode: CM, max: 6m}
                  - {code: RT88333, title: "Drive whilst disqualified", mode: CM, max: 6m}
                  - {code: XX00001, title: "Unclassified offence", mode: CS}
                  - {code: ZZ00001, title: "Civil matter", mode: CR}
                """);

        Assert.Equal(HashOf(Yaml.Default()), HashOf(split));
    }

    // Hashes that rule sets published before carry, computed by the code before rule conditions had one descriptor
    // each (57887d2): a condition moved to another record, or a record written for a condition no rule gives, changes
    // them. The first has no rule on an Act or title; the second adds one (the rule-evidence record).
    [Fact]
    public void Hash_RulesWithoutActsOrTitles_IsTheHashPublishedBefore()
    {
        Assert.Equal("83f28e6c2148905229696362c6a1cb9ba79f7365f0f68652098c514e4bdc3a16", HashOf(Yaml.Default()));
    }

    [Fact]
    public void Hash_RuleWithActAndTitles_IsTheHashPublishedBefore()
    {
        var evidence = Yaml.Default().With("category-rules.yaml", Yaml.Rules.Replace("fallback-category", "  - id: robbery-by-title\n    reason: Robbery by its title.\n    when: {act: TH68, title: [\"^robbery\", \"^burglary\"]}\n    category: robbery\nfallback-category", System.StringComparison.Ordinal));

        Assert.Equal("8f32422e8a07e6725ed01c67aa58b77eae588dc28e91f21882634b0805d4ec54", HashOf(evidence));
    }

    [Fact]
    public void Hash_VersionLabelAndDate_DoNotChangeIt()
    {
        var relabelled = Yaml.Default().With("ruleset.yaml", Yaml.Header.Replace("\"1\"", "\"other\"", System.StringComparison.Ordinal).Replace("2000-01-01", "1990-06-01", System.StringComparison.Ordinal));

        Assert.Equal(HashOf(Yaml.Default()), HashOf(relabelled));
    }

    [Theory]
    [InlineData("max: 10y", "max: 11y")]
    [InlineData("\"Criminal damage over 5000\"", "\"Criminal damage over 5001\"")]
    [InlineData("mode: CE, ho-class: \"058/00\"", "mode: CS, ho-class: \"058/00\"")]
    public void Hash_AnyOffenceFactChanged_Changes(string from, string to)
    {
        var changed = Yaml.Default().With("offences/all.yaml", Yaml.Offences.Replace(from, to, System.StringComparison.Ordinal));

        Assert.NotEqual(HashOf(Yaml.Default()), HashOf(changed));
    }

    [Fact]
    public void Hash_OrderingChanged_Changes()
    {
        var changed = Yaml.Default().With("ordering.yaml", "ordering: [maximum-penalty, mode-of-trial, category-precedence, offence-code]\nderive-inchoate-maximum: true\n");

        Assert.NotEqual(HashOf(Yaml.Default()), HashOf(changed));
    }
}
