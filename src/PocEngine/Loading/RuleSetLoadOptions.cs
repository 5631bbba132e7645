namespace PocEngine;

/// <summary>Sets the limits a rule set load enforces against oversized or hostile files.</summary>
/// <remarks>The defaults leave ample room for the full CPS rule set (about 5 MB of YAML, 30,356 offences).</remarks>
public sealed record RuleSetLoadOptions
{
    /// <summary>Gets the default limits.</summary>
    public static RuleSetLoadOptions Default { get; } = new();

    /// <summary>Gets the largest rule file accepted, in bytes. The default is 32 MiB.</summary>
    public long MaxFileBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Gets the most rule files a rule set may have. The default is 1,000.</summary>
    public int MaxFiles { get; init; } = 1_000;

    /// <summary>Gets the deepest nesting of mappings and lists accepted. The default is 32.</summary>
    public int MaxNestingDepth { get; init; } = 32;

    /// <summary>Gets the longest single value accepted, in characters. The default is 4,096.</summary>
    public int MaxScalarLength { get; init; } = 4_096;

    /// <summary>Gets the most offences one version's catalogue may hold. The default is 500,000.</summary>
    public int MaxOffences { get; init; } = 500_000;
}
