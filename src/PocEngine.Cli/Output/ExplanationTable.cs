using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PocEngine.Cli.Output;

// Prints an explained result as a readable text table: one row per charge, ranked ones first, with the rule that
// placed each offence in its category.
internal static class ExplanationTable
{
    private static readonly string[] Header = ["rank", "code", "status", "mode", "max", "category", "placed by", "title"];

    public static void Write(TextWriter output, DefendantCase defendantCase, PrincipalOffenceResult result)
    {
        var version = result.RuleSetVersion;
        output.WriteLine($"Case {defendantCase.Id ?? "(no id)"}, finalised {defendantCase.FinalisedOn:yyyy-MM-dd} ({PocNames.Of(defendantCase.Finalisation)}); rule set {version.RuleSetId} {version.Label} ({version.Hash[..12]})");
        var category = result.Category is { } c ? $"{c.Name} ({c.Id})" : "no category";
        output.WriteLine($"Outcome: {PocNames.Of(result.Outcome)}, {category}, decided by {PocNames.Of(result.DecidedBy)}");
        output.WriteLine();
        var rows = new List<string[]> { Header };
        foreach (var charge in result.Explanation!.Charges)
        {
            var offence = charge.Offence;
            rows.Add([
                charge.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                charge.Charge.Code + (charge.Charge.Sequence is { } seq ? FormattableString.Invariant($" #{seq}") : string.Empty),
                PocNames.Of(charge.Status),
                offence?.CjsCategory ?? "-",
                offence?.MaximumPenalty?.ToString() ?? "-",
                offence?.Category?.Id ?? "-",
                offence?.ClassifiedBy ?? "-",
                offence?.Title ?? "-",
            ]);
        }

        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd());
        }

        output.WriteLine();
        output.WriteLine(result.Explanation.Sentence);
        foreach (var warning in result.Warnings)
        {
            output.WriteLine($"warning {PocNames.Of(warning.Kind)}: {warning.Message}");
        }
    }
}
