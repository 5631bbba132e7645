namespace PocEngine;

/// <summary>Names the meter and instruments through which PocEngine reports what it does.</summary>
/// <remarks>
/// Listen with OpenTelemetry (<c>AddMeter(PocEngineTelemetry.MeterName)</c>), <c>dotnet-counters</c> or a
/// <see cref="System.Diagnostics.Metrics.MeterListener"/>. Nothing is measured while nobody listens: an instrument
/// without a listener costs one check of a field.
/// </remarks>
public static class PocEngineTelemetry
{
    /// <summary>The name of PocEngine's <see cref="System.Diagnostics.Metrics.Meter"/>.</summary>
    public const string MeterName = "PocEngine";

    /// <summary>A counter of calculations, tagged with <see cref="OutcomeTag"/>.</summary>
    public const string Calculations = "poc.calculations";

    /// <summary>A counter of reloads that put a changed rule set in service, tagged with <see cref="RuleSetTag"/>.</summary>
    public const string Reloads = "poc.rules.reloads";

    /// <summary>A counter of reloads that failed, so that the last good rule set stayed in service, tagged with <see cref="RuleSetTag"/>.</summary>
    public const string ReloadFailures = "poc.rules.reload_failures";

    /// <summary>A gauge of the rule set version each rule set provider has in service: 1, tagged with <see cref="RuleSetTag"/>, <see cref="VersionTag"/> and <see cref="HashTag"/>.</summary>
    public const string VersionInService = "poc.rules.version";

    /// <summary>The tag naming a calculation's outcome, as in <see cref="PocNames.Of(PocOutcome)"/>.</summary>
    public const string OutcomeTag = "poc.outcome";

    /// <summary>The tag naming a rule set's id.</summary>
    public const string RuleSetTag = "poc.rule_set";

    /// <summary>The tag naming a rule set version's label.</summary>
    public const string VersionTag = "poc.version";

    /// <summary>The tag giving a rule set version's content hash.</summary>
    public const string HashTag = "poc.hash";
}
