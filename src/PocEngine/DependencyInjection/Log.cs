using Microsoft.Extensions.Logging;

namespace PocEngine;

internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Rule set {RuleSetId} reloaded: version {Version} is now in service (hash {Hash}).")]
    public static partial void Reloaded(ILogger logger, string ruleSetId, string version, string hash);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "The changed rule set has errors, so version {Kept} stays in service:\n{Diagnostics}")]
    public static partial void ReloadFailed(ILogger logger, string kept, string diagnostics);
}
