using System;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Calculation;

public sealed class VersionSelectionTests
{
    // Version 2 raises ABH's maximum to life and recategorises robbery as theft: a small diff, not a copy.
    private const string Changes = """
        offences:
          - {code: OF61102, title: "ABH", mode: CE, ho-class: "008/06", max: life}
        offence-overrides:
          - {code: TH68023, reason: test recategorisation, category: theft-and-handling}
        remove-offences: [XX00001]
        """;

    private static RuleSet Load() => Yaml.Default().With("ruleset.yaml", Yaml.HeaderWithVersionTwo).With("versions/2.yaml", Changes).Load();

    [Theory]
    [InlineData("2025-03-31", "1", "robbery")]
    [InlineData("2025-04-01", "2", "theft-and-handling")]
    [InlineData("2030-01-01", "2", "theft-and-handling")]
    public void Calculate_UsesTheVersionInForceOnTheFinalisationDate(string date, string label, string category)
    {
        var calculator = new PocCalculator(Load());
        var defendantCase = new DefendantCase(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), FinalisationKind.Conviction, [new Charge("TH68023")]);

        var result = calculator.Calculate(defendantCase);

        Assert.Equal(label, result.RuleSetVersionLabel);
        Assert.Equal(category, result.Category!.Id);
    }

    // The DateTime members serve hosts without DateOnly (the netstandard2.0 build) and exist on every build, so that a
    // netstandard2.0 library compiled against them runs on the newer builds too.
    [Theory]
    [InlineData("2025-03-31", "1", "robbery")]
    [InlineData("2025-04-01", "2", "theft-and-handling")]
    public void Calculate_WithADateTimeAtMidnight_UsesTheSameVersionAsTheDateOnly(string date, string label, string category)
    {
        var ruleSet = Load();
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var defendantCase = new DefendantCase(midnight, FinalisationKind.Conviction, [new Charge("TH68023")]);

        var result = new PocCalculator(ruleSet).Calculate(defendantCase);

        Assert.Equal(label, result.RuleSetVersionLabel);
        Assert.Equal(category, result.Category!.Id);
        Assert.Equal(day, defendantCase.FinalisedOn);
        Assert.Equal(new DateTime(day.Year, day.Month, day.Day), defendantCase.FinalisedOnDateTime);
        Assert.Equal(DateTimeKind.Unspecified, defendantCase.FinalisedOnDateTime.Kind);
        Assert.Same(ruleSet.GetVersionInForce(day), ruleSet.GetVersionInForce(midnight));
        Assert.Equal(new DateTime(2025, 4, 1), ruleSet.GetVersion("2").EffectiveFromDateTime);
    }

    [Theory]
    [InlineData(23, 30, 0)]
    [InlineData(0, 0, 1)]
    public void DateTimeWithATimeOfDay_IsRefusedNotTruncated(int hour, int minute, int second)
    {
        var ruleSet = Load();
        var late = new DateTime(2025, 3, 31, hour, minute, second, DateTimeKind.Utc);

        var caseError = Assert.Throws<ArgumentException>(() => new DefendantCase(late, FinalisationKind.Conviction, [new Charge("TH68023")]));
        var versionError = Assert.Throws<ArgumentException>(() => ruleSet.GetVersionInForce(late));

        Assert.Equal("finalisedOn", caseError.ParamName);
        Assert.Equal("date", versionError.ParamName);
        Assert.Contains("2025-03-31", caseError.Message, StringComparison.Ordinal);
        Assert.Contains("time of day", caseError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LaterVersion_AppliesOnlyItsChanges()
    {
        var ruleSet = Load();
        var first = ruleSet.GetVersion("1");
        var second = ruleSet.GetVersion("2");

        Assert.True(first.TryGetOffence("XX00001", out _));
        Assert.False(second.TryGetOffence("XX00001", out _));
        Assert.Equal("5y", first.Offences[2].MaximumPenalty.ToString());
        Assert.True(second.TryGetOffence("OF61102", out var abh));
        Assert.True(abh.MaximumPenalty!.Value.IsLife);
        Assert.True(second.TryGetOffence("TH68026", out var burglary));
        Assert.Equal("burglary", burglary.Category!.Id);
        Assert.NotEqual(first.Hash, second.Hash);
    }

    [Fact]
    public void Calculate_PinnedVersion_IgnoresTheFinalisationDate()
    {
        var calculator = new PocCalculator(Load(), "1");
        var defendantCase = new DefendantCase(new DateOnly(2030, 1, 1), FinalisationKind.Conviction, [new Charge("TH68023")]);

        Assert.Equal("1", calculator.Calculate(defendantCase).RuleSetVersionLabel);
    }

    [Fact]
    public void Calculate_MaximumRaisedInLaterVersion_ChangesTheDecidingKey()
    {
        // In version 1 robbery (CI) beats ABH (CE) on mode; with maximum-penalty first both are life in version 2.
        var ordering = "ordering: [maximum-penalty, mode-of-trial, category-precedence, offence-code]\nderive-inchoate-maximum: true\n";
        var ruleSet = Yaml.Default().With("ruleset.yaml", Yaml.HeaderWithVersionTwo).With("versions/2.yaml", Changes).With("ordering.yaml", ordering).Load();
        var calculator = new PocCalculator(ruleSet);
        DefendantCase On(int year) => new(new DateOnly(year, 6, 1), FinalisationKind.Conviction, [new Charge("OF61102"), new Charge("TH68023")]);

        Assert.Equal(DecidingFactor.MaximumPenalty, calculator.Calculate(On(2024)).DecidedBy);
        Assert.Equal(DecidingFactor.ModeOfTrial, calculator.Calculate(On(2026)).DecidedBy);
    }
}
