namespace PocEngine.Cli.Cases;

// One input case as a file gave it: the case, or the reason it could not be read, and the fields that only some
// commands use (the area and the category CMS recorded). Line is where the case starts (its first CSV row).
internal sealed record CaseRecord(long Line, DefendantCase? Case, string? Error, string? Area, string? RecordedCategory)
{
    public static CaseRecord Failed(long line, string error) => new(line, null, error, null, null);
}
