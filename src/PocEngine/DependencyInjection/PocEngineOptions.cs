namespace PocEngine;

/// <summary>Configures the PocEngine services that <c>AddPocEngine</c> registers.</summary>
public sealed class PocEngineOptions
{
    /// <summary>Gets or sets the rule set folder to load; <see langword="null"/> (the default) uses the embedded <c>cps</c> rule set.</summary>
    public string? RulesDirectory { get; set; }

    /// <summary>Gets or sets a version label to use for every case; <see langword="null"/> (the default) uses the version in force on each finalisation date.</summary>
    public string? PinnedVersion { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether to reload <see cref="RulesDirectory"/> when its files change; the
    /// default is <see langword="false"/>. An invalid edit keeps the last good rule set in service and is logged.
    /// </summary>
    public bool WatchForChanges { get; set; }

    /// <summary>Gets or sets the limits a rule set load enforces; the default is <see cref="RuleSetLoadOptions.Default"/>.</summary>
    public RuleSetLoadOptions LoadOptions { get; set; } = RuleSetLoadOptions.Default;
}
