namespace PocEngine;

/// <summary>Reports that no version of a rule set is in force on a date, or that a pinned version does not exist.</summary>
public sealed class RuleSetVersionNotFoundException : PocEngineException
{
    /// <summary>Initializes the exception with a message.</summary>
    /// <param name="message">One sentence naming the date or label and the versions that exist.</param>
    public RuleSetVersionNotFoundException(string message)
        : base(message)
    {
    }
}
