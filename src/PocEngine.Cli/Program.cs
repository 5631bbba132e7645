using System.CommandLine;
using PocEngine.Cli.Commands;

namespace PocEngine.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("poc: calculate, validate, test and inspect Principal Offence Category rule sets. Every command uses the embedded default 'cps' rule set unless --rules names a rules folder.")
        {
            CalculateCommand.Create(),
            ExplainCommand.Create(),
            DiffCommand.Create(),
            AuditCommand.Create(),
            ValidateCommand.Create(),
            TestCommand.Create(),
            OffencesCommand.Create(),
            ImportCommand.Create(),
        };
        return root.Parse(args).Invoke();
    }
}
