namespace PocEngine;

/// <summary>Holds the values of <see cref="Offence.ClassifiedBy"/> that do not name a category rule.</summary>
public static class ClassifiedBy
{
    /// <summary>The catalogue entry sets its category by hand.</summary>
    public const string Override = "override";

    /// <summary>No category rule matched; the rule set's fallback category applies.</summary>
    public const string Fallback = "fallback";

    /// <summary>The code is not a criminal offence, so it has no category and never counts.</summary>
    public const string NotAnOffence = "not-an-offence";
}
