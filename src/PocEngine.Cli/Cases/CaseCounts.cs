using System.Globalization;

namespace PocEngine.Cli.Cases;

// What became of every line (JSON Lines) or row (CSV) of a case file. The sources count what is not a case; the
// commands count results and errors; the totals reconcile: Lines = Results + Errors + Blank + Header + Continuation +
// Unread.
internal sealed class CaseCounts
{
    public long Lines { get; set; }

    public long Blank { get; set; }

    public long Header { get; set; }

    // Further CSV rows of a case already counted as a result or an error.
    public long Continuation { get; set; }

    // CSV rows after a header that could not be used.
    public long Unread { get; set; }

    public long Results { get; set; }

    public long Errors { get; set; }

    // Cases that failed for a fault in poc itself rather than in the input (counted among the errors).
    public long Faults { get; set; }

    public string Summary(bool csv)
    {
        if (!csv)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Lines} line(s): {Results} result(s), {Errors} error(s), {Blank} blank.");
        }

        var unread = Unread > 0 ? string.Create(CultureInfo.InvariantCulture, $", {Unread} not read after the header error") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{Lines} row(s): {Results} result(s), {Errors} error(s), {Header} header, {Blank} blank, {Continuation} further charge row(s){unread}.");
    }
}
