using System;

namespace PocEngine.Rules;

/// <summary>Sets the budget a rule set load keeps to against oversized or hostile rule files.</summary>
/// <remarks>
/// Every load is bounded in what it reads (<see cref="MaxFileBytes"/>, <see cref="MaxTotalBytes"/>,
/// <see cref="MaxFiles"/>), in what it reports (<see cref="MaxDiagnostics"/>) and in the time title patterns may take
/// (<see cref="MaxTitlePatternTime"/>), so that a load of any folder ends, in bounded memory, with a rule set or with
/// diagnostics. The defaults leave ample room for the full CPS rule set (about 4.5 MB of YAML in 47 files, the largest
/// 0.5 MB; 30,356 offences; its title patterns take well under a second).
/// </remarks>
public sealed record RuleSetLoadOptions
{
    /// <summary>Gets the default limits.</summary>
    public static RuleSetLoadOptions Default { get; } = new();

    /// <summary>Gets the largest rule file accepted, in bytes. The default is 8 MiB.</summary>
    public long MaxFileBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>Gets the most bytes all the rule files of a load may hold together. The default is 32 MiB.</summary>
    /// <remarks>Checked from the files' sizes before any is read, so an oversized folder costs no memory.</remarks>
    public long MaxTotalBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Gets the most rule files a rule set may have. The default is 1,000.</summary>
    public int MaxFiles { get; init; } = 1_000;

    /// <summary>Gets the deepest nesting of mappings and lists accepted. The default is 32.</summary>
    public int MaxNestingDepth { get; init; } = 32;

    /// <summary>Gets the longest single value accepted, in characters. The default is 4,096.</summary>
    public int MaxScalarLength { get; init; } = 4_096;

    /// <summary>Gets the most offences one version's catalogue may hold. The default is 500,000.</summary>
    public int MaxOffences { get; init; } = 500_000;

    /// <summary>Gets the most diagnostics a load reports. The default is 1,000.</summary>
    /// <remarks>
    /// Past the limit a load stops at the next error, as compilers do, and its last diagnostic says so
    /// (<see cref="DiagnosticCodes.DiagnosticLimit"/>); warnings past the limit are counted, not listed.
    /// </remarks>
    public int MaxDiagnostics { get; init; } = 1_000;

    /// <summary>Gets the longest one title pattern may take matching offence titles, summed over a load. The default is 2 seconds.</summary>
    /// <remarks>
    /// A pattern that takes longer, in one match or a little on each of thousands of titles, is an error naming it
    /// (<see cref="DiagnosticCodes.TitlePatternTooSlow"/>), so a pattern that backtracks cannot hold a load for
    /// minutes. The slowest pattern of the default rule set takes about a tenth of a second over its 30,356 titles.
    /// </remarks>
    public TimeSpan MaxTitlePatternTime { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets the longest all title patterns together may take matching offence titles in one load. The default is 30 seconds.</summary>
    /// <remarks>
    /// A load that reaches it stops, with an error naming the pattern that took the most
    /// (<see cref="DiagnosticCodes.TitlePatternTooSlow"/>). All the default rule set's patterns take about a second.
    /// </remarks>
    public TimeSpan MaxTotalTitlePatternTime { get; init; } = TimeSpan.FromSeconds(30);
}
