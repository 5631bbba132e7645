using System.CommandLine;
using PocEngine.Cli.Output;
using PocEngine.Cli.Reports;

namespace PocEngine.Cli.Commands;

internal static class ReviewCommand
{
    public static Command Create()
    {
        var html = new Option<string?>("--html") { Description = "Write the review as one self-contained HTML page.", HelpName = "FILE" };
        var csv = new Option<string?>("--csv") { Description = "Write the review as CSV, one row per code and section: " + ReviewWriter.CsvHeader + ".", HelpName = "FILE" };
        var rules = CommonOptions.Rules();
        var version = new Option<string?>("--version") { Description = "The version label to review; without it, the newest version.", HelpName = "LABEL" };
        var filters = new OffenceFilter.Options();
        var command = new Command("review", "Write the classification evidence a rule owner reviews: each rule placing codes by Act or title with its conditions, reason and the codes it places, the codes left to the fallback grouped by the Act their title cites, and the derived maximum penalties; --category, --classified-by, --fallback and --code review only the codes that pass every filter given. Files are written atomically. Example: poc review --rules rules/cps --html review.html --csv review.csv")
        {
            html,
            csv,
            rules,
            version,
        };
        filters.AddTo(command);
        CommonOptions.SetAction(command, (parse, cancel) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var htmlPath = parse.GetValue(html);
            var csvPath = parse.GetValue(csv);
            if (htmlPath is null && csvPath is null)
            {
                error.WriteLine("Give --html FILE, --csv FILE or both: the review is written to files.");
                return CommonOptions.BadInput;
            }

            var guard = new OutputGuard().ReadingFolder(parse.GetValue(rules), "--rules");
            using var htmlFile = htmlPath is null ? null : AtomicFile.Create(htmlPath, "--html", guard, cancel);
            using var csvFile = csvPath is null ? null : AtomicFile.Create(csvPath, "--csv", guard, cancel);
            var picked = CommonOptions.PickVersion(CommonOptions.LoadRules(parse.GetValue(rules), error), parse.GetValue(version));

            var review = Review.Of(picked, filters.Read(parse, picked));
            if (htmlFile is not null)
            {
                ReviewWriter.Html(htmlFile.Writer, review);
                htmlFile.Commit();
            }

            if (csvFile is not null)
            {
                ReviewWriter.Csv(csvFile.Writer, review);
                csvFile.Commit();
            }

            parse.InvocationConfiguration.Output.WriteLine($"Reviewed {picked}: {review.Rules.Count} evidence rules, {review.FallbackCount} codes left to the fallback, {review.DerivedMaxima.Count} derived maxima.");
            return CommonOptions.Success;
        });
        return command;
    }
}
