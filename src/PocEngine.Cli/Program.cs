using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using PocEngine.Cli.Commands;

namespace PocEngine.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        using var interruption = Interruption.Listen();
        var code = Run(args, Console.Out, Console.Error, interruption.Token);
        return code == CommonOptions.Interrupted ? interruption.ExitCode : code;
    }

    // The whole tool with its output and error writers given: a mistyped option or value is bad usage (exit 2); a
    // fault in poc itself never ends in a stack trace but in one sentence, a file with the details, and exit 3.
    // cancel: the run is asked to stop (Interruption); it unwinds, deletes its temporary files and returns Interrupted.
    public static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken cancel = default)
    {
        var parse = Root().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine(problem.Message);
            }

            error.WriteLine($"Run '{Help(parse)} --help' for the commands and options.");
            return CommonOptions.BadInput;
        }

        try
        {
            // The commands take the token themselves; System.CommandLine's own signal handling would end the process
            // before they unwind.
            var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null, Output = output, Error = error };
            return parse.InvokeAsync(configuration, cancel).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            error.WriteLine("poc was interrupted; no output file was written or replaced.");
            return CommonOptions.Interrupted;
        }
        catch (UsageException ex)
        {
            error.WriteLine(ex.Message);
            return CommonOptions.BadInput;
        }
        catch (ProblemsFoundException ex)
        {
            error.WriteLine(ex.Message);
            return CommonOptions.ProblemsFound;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file the command was pointed at could not be read or written: the machine's state, not a fault in poc.
            error.WriteLine($"poc could not read or write a file: {ex.Message.TrimEnd('.')}. Check the paths given and that they can be read and written.");
            return CommonOptions.BadInput;
        }
        catch (Exception ex)
        {
            error.WriteLine(InternalFault.Describe(ex, "the command"));
            if (InternalFault.Record(ex) is { } path)
            {
                error.WriteLine($"The details are in {path}.");
            }

            return CommonOptions.InternalFault;
        }
    }

    // Every command of the tool; --help and --version come with the root.
    internal static RootCommand Root() => new("poc: calculate, validate, test and inspect Principal Offence Category rule sets. Every command uses the embedded default 'cps' rule set unless --rules names a rules folder. Exit codes: 0 success, 1 the check found problems, 2 bad usage or unreadable input, 3 a fault in poc itself.")
    {
        CalculateCommand.Create(),
        ExplainCommand.Create(),
        DiffCommand.Create(),
        AuditCommand.Create(),
        ValidateCommand.Create(),
        TestCommand.Create(),
        OffencesCommand.Create(),
        ReviewCommand.Create(),
        ImportCommand.Create(),
        NewCommand.Create(),
        SchemaCommand.Create(),
    };

    private static string Help(ParseResult parse) =>
        parse.CommandResult.Command is RootCommand ? "poc" : "poc " + parse.CommandResult.Command.Name;
}
