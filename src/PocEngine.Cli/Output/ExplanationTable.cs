using System;
using System.Globalization;
using System.IO;
using Spectre.Console;

namespace PocEngine.Cli.Output;

// Prints an explained result as a table (Spectre.Console): one row per charge, ranked ones first, with the rule that
// placed each offence in its category. Colour only on a terminal that has it, never with NO_COLOR or when redirected;
// redirected output is not wrapped, so each charge stays on one line for the tools that read it. What comes from the
// case or the rules is printed through Escape.Terminal, so a case cannot send the terminal escape sequences.
internal static class ExplanationTable
{
    public static void Write(TextWriter output, DefendantCase defendantCase, PrincipalOffenceResult result)
    {
        var console = Terminal.For(output);
        var version = result.RuleSetVersion;
        output.WriteLine($"Case {Escape.Terminal(defendantCase.Id ?? "(no id)")}, finalised {defendantCase.FinalisedOn:yyyy-MM-dd} ({PocNames.Of(defendantCase.Finalisation)}); rule set {version.RuleSetId} {version.Label} ({version.Hash[..12]})");
        var category = result.Category is { } c ? Escape.Terminal($"{c.Name} ({c.Id})") : "no category";
        output.WriteLine($"Outcome: {PocNames.Of(result.Outcome)}, {category}, decided by {PocNames.Of(result.DecidedBy)}");
        output.WriteLine();
        var table = new Table { Border = TableBorder.None, ShowHeaders = true };
        foreach (var heading in (string[])["rank", "code", "status", "mode", "max", "category", "placed by", "title"])
        {
            table.AddColumn(new TableColumn(new Text(heading, new Style(decoration: Decoration.Bold))) { Padding = new Padding(0, 0, 2, 0) });
        }

        foreach (var charge in result.Explanation!.Charges)
        {
            var offence = charge.Offence;
            var status = new Style(charge.Status == ChargeStatus.Counted ? Color.Green : Color.Grey);
            table.AddRow(
                new Text(charge.Rank?.ToString(CultureInfo.InvariantCulture) ?? "-"),
                new Text(Escape.Terminal(charge.Charge.Code) + (charge.Charge.Sequence is { } seq ? FormattableString.Invariant($" #{seq}") : string.Empty)),
                new Text(PocNames.Of(charge.Status), status),
                new Text(offence?.CjsCategory ?? "-"),
                new Text(offence?.MaximumPenalty?.ToString() ?? "-"),
                new Text(Escape.Terminal(offence?.Category?.Id ?? "-")),
                new Text(Escape.Terminal(offence?.ClassifiedBy ?? "-")),
                new Text(Escape.Terminal(offence?.DisplayTitle ?? "-")));
        }

        console.Write(table);
        output.WriteLine();
        output.WriteLine(Escape.Terminal(result.Explanation.Sentence));
        foreach (var warning in result.Warnings)
        {
            output.WriteLine($"warning {PocNames.Of(warning.Kind)}: {Escape.Terminal(warning.Message)}");
        }
    }
}
