namespace PocEngine.Rules;

/// <summary>Names how serious a rule set diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The rule set loads, but a maintainer should look.</summary>
    Warning = 0,

    /// <summary>The rule set cannot be loaded.</summary>
    Error = 1,
}
