using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PocEngine.Authoring;
using PocEngine.Cli.Import;
using PocEngine.Loading;

namespace PocEngine.Tests.Properties;

public sealed class ImportProperties
{
    // Any title the standing data could hold (valid UTF-16 text) survives the import's quoting and both readers.
    [Property(MaxTest = 500)]
    public Property Quote_AnyText_ReadsBackUnchanged(NonNull<string> text)
    {
        var title = text.Get;
        var wellFormed = !title.Where((c, i) => char.IsSurrogate(c) && !char.IsSurrogatePair(title, i > 0 && char.IsLowSurrogate(c) ? i - 1 : i)).Any();
        var yaml = $"offences:\n  - {{code: A1, title: {RuleFileWriter.Quote(title)}, mode: CE}}\n";
        var bag = new DiagnosticBag();
        var tree = DocumentReader.Read("offences/a.yaml", yaml, RuleSetLoadOptions.Default, bag);
        var full = tree is null ? null : RuleFileParser.Parse("offences/a.yaml", tree, bag);
        var fast = FlowLineReader.TryRead("offences/a.yaml", yaml, RuleSetLoadOptions.Default);

        return (!wellFormed || (full?.Offences.Single().Title == title && (fast is null || fast.Offences.Single().Title == title))).Label(yaml);
    }
}
