using System;
using System.IO;
using Spectre.Console;

namespace PocEngine.Cli.Output;

// A Spectre.Console console over one of the tool's writers. On the real terminal Spectre detects colour, width and
// NO_COLOR itself; any other writer (a redirected stream, a file, a test's StringWriter) gets no colour, no cursor
// movement and no wrapping.
internal static class Terminal
{
    private const int UnwrappedWidth = 4096;

    public static IAnsiConsole For(TextWriter writer)
    {
        var interactive = IsInteractive(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            console.Profile.Width = UnwrappedWidth;
        }

        return console;
    }

    public static bool IsInteractive(TextWriter writer) =>
        (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected)
        || (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);
}
