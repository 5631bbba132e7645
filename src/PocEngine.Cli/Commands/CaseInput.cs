using System;
using System.CommandLine;
using System.IO;

namespace PocEngine.Cli.Commands;

// The case-file options every case-reading command shares: the file (or standard input) and its format.
internal sealed class CaseInput
{
    public Option<string?> Input { get; } = new("--input")
    {
        Description = "The cases: JSON Lines (one case a line) or CSV (one charge a row); without it, standard input.",
        HelpName = "FILE",
    };

    public Option<string?> Format { get; } = new("--input-format")
    {
        Description = "jsonl or csv; by default csv for a file ending in .csv and jsonl otherwise.",
        HelpName = "FORMAT",
    };

    public void AddTo(Command command)
    {
        Format.AcceptOnlyFromAmong("jsonl", "csv");
        command.Options.Add(Input);
        command.Options.Add(Format);
    }

    public string Name(ParseResult parse) => parse.GetValue(Input) ?? "standard input";

    public bool IsCsv(ParseResult parse) =>
        parse.GetValue(Format) is { } format ? format == "csv" : parse.GetValue(Input)?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) == true;

    // Opens the input or says why not; the caller owns the stream.
    public Stream? Open(ParseResult parse, TextWriter error)
    {
        var path = parse.GetValue(Input);
        if (path is null)
        {
            return Console.OpenStandardInput();
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"The input '{path}' cannot be read: {ex.Message} Check the path passed to --input.");
            return null;
        }
    }
}
