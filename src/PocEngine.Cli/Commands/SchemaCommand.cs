using System.CommandLine;
using System.IO;
using PocEngine.Cli.Output;

namespace PocEngine.Cli.Commands;

// 'poc schema': the JSON Schema of the rule files this tool reads, so that a rule set folder made anywhere can give
// its editor completion without a clone of this repository.
internal static class SchemaCommand
{
    public const string ResourceName = "PocEngine.Cli.poc-rules.schema.json";

    public static Command Create()
    {
        var output = new Option<string?>("--output")
        {
            Description = "The file to write, for example poc-rules.schema.json in a rule set folder; without it, the schema is printed.",
            HelpName = "FILE",
        };
        var command = new Command("schema", "Print or write the JSON Schema of the rule files this tool reads; rule files point at it from their first line ('# yaml-language-server: $schema=poc-rules.schema.json'). Example: poc schema --output my-rules/poc-rules.schema.json")
        {
            output,
        };
        CommonOptions.SetAction(command, (parse, cancel) =>
        {
            var path = parse.GetValue(output);
            using var file = path is null ? null : AtomicFile.Create(path, "--output", cancel: cancel);
            var text = Text();
            if (file is null)
            {
                parse.InvocationConfiguration.Output.Write(text);
                return CommonOptions.Success;
            }

            file.Writer.Write(text);
            file.Commit();
            return CommonOptions.Success;
        });
        return command;
    }

    public static string Text()
    {
        using var stream = typeof(SchemaCommand).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException("The tool was built without its rule file schema.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
