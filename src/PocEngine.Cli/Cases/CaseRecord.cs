namespace PocEngine.Cli.Cases;

// One input case as a file gave it: the case, or the reason it could not be read, and the fields that only some
// commands use (the area and the category CMS recorded).
internal sealed record CaseRecord(long Line, DefendantCase? Case, string? Error, string? Area, string? RecordedCategory)
{
    // A further CSV row of a case already yielded: counted as read, neither a result nor an error.
    public bool IsContinuation { get; init; }
}
