using System.IO;
using nietras.SeparatedValues;

namespace PocEngine.Cli.Output;

// The tool's CSV output (Sep): RFC 4180 quoting where a field holds a comma, quote or line break, a header from the
// column names of the first row, invariant culture, and no cell a spreadsheet would read as a formula. The writer given
// stays open.
internal static class CsvOutput
{
    public static SepWriter Writer(TextWriter output) =>
        Sep.New(',').Writer(o => o with { Escape = true }).To(output, leaveOpen: true);

    // Sets a cell as a spreadsheet may safely open it (Escape.Csv): every cell the tool writes goes through here.
    public static void Cell(this SepWriter.Col column, string? value) => column.Set(Escape.Csv(value));
}
