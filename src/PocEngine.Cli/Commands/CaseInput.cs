using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using PocEngine.Cli.Cases;
using PocEngine.Cli.Output;

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

    // Reads the cases of the input; null, with the reason on standard error, when it cannot be opened. Warnings about
    // what is read but not used go to standard error with the line.
    public CaseSource Cases(ParseResult parse, Stream stream, TextWriter error)
    {
        var name = Name(parse);
        return CaseSource.Open(stream, IsCsv(parse), (line, message) => error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}:{line}: warning: {Output.Escape.Terminal(message)}")));
    }

    // An error at a line of the case file; the message may quote the case's values, so it is made safe for a terminal.
    public void ReportError(ParseResult parse, TextWriter error, long line, string message) =>
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Name(parse)}:{line}: error: {Output.Escape.Terminal(message)}"));

    // The input (a file, or standard input where it is one), and the rules folder when one is given, as files no
    // output of the command may be written over.
    public OutputGuard Guard(ParseResult parse, string? rulesFolder) =>
        (parse.GetValue(Input) is { } path ? new OutputGuard().Reading(path, "the --input file") : new OutputGuard().ReadingStandardInput())
            .ReadingFolder(rulesFolder, "--rules");

    // Opens the input or says why not; the caller owns the stream.
    public Stream? Open(ParseResult parse, TextWriter error)
    {
        var path = parse.GetValue(Input);
        if (path is null)
        {
            return Console.OpenStandardInput();
        }

        if (Directory.Exists(path))
        {
            error.WriteLine($"The input '{path}' is a folder; pass a case file (JSON Lines or CSV) to --input.");
            return null;
        }

        if (!File.Exists(path))
        {
            error.WriteLine($"The input '{path}' does not exist; check the path passed to --input.");
            return null;
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
