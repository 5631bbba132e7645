using System.IO;
using System.Linq;
using PocEngine.Loading;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Loading;

public sealed class FlowLineReaderTests
{
    public static TheoryData<string> ShippedFiles() =>
        [.. Directory.EnumerateFiles(Repository.Rules, "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repository.Rules, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("tests/", System.StringComparison.Ordinal))
            .Order(System.StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void TryRead_ShippedFile_GivesTheSameEntriesAsTheFullYamlParser(string path)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Rules, path));
        var fast = FlowLineReader.TryRead(path, text, RuleSetLoadOptions.Default);
        var bag = new DiagnosticBag();
        var full = RuleFileParser.Parse(path, DocumentReader.Read(path, text, RuleSetLoadOptions.Default, bag)!, bag);

        Assert.Empty(bag.Items);
        if (RuleFileFormat.IsImportedFile(path))
        {
            // The bulk files must take the fast path, or the load-time figures would not hold.
            Assert.NotNull(fast);
        }

        if (fast is null)
        {
            return;
        }

        Assert.Equal(Describe(full), Describe(fast));
    }

    [Theory]
    [InlineData("offences:\n  - {code: A1, title: \"x\", mode: CE}}\n")]
    [InlineData("offences:\n  - {code: A1, title: \"x\", mode: CE}#comment\n")]
    [InlineData("offences:\n  - {code: A1, title: x y, mode: CE}\n")]
    [InlineData("offences:\n  - {code: A1, title: 'x', mode: CE}\n")]
    [InlineData("offences:\n  - {code: A1, title: \"x\", mode: CE, mode: CS}\n")]
    [InlineData("offences:\n  - {code: A1, title: \"x\", mode: ZZ}\n")]
    [InlineData("offences:\n  - {code: A1, mode: CE}\n")]
    [InlineData("offences:\n  - &a {code: A1, title: \"x\", mode: CE}\n")]
    [InlineData("offences:\n  - {code: A1, title: \"bad \\q escape\", mode: CE}\n")]
    [InlineData("offences:\n- {code: A1, title: \"x\", mode: CE}\n")]
    [InlineData("offences:\n")]
    [InlineData("categories:\n  - {id: a, name: A, precedence: 1}\n")]
    [InlineData("offences:\n  - {code:A1, title: \"x\", mode: CE}\n")]
    [InlineData("offences:\n  - {Code: A1, title: \"x\", mode: CE}\n")]
    [InlineData("offences:\n  - {code: A1, ti_tle: \"x\", mode: CE}\n")]
    [InlineData("offences:\n  - {code: -A1, title: \"x\", mode: CE}\n")]
    [InlineData("offences:\n  - {code: A1, title: \"x\", mode: CE, max: 1y+}\n")]
    [InlineData("offences:\n  - {code: A1, title: \"x\u0001y\", mode: CE}\n")]
    [InlineData("offences:\n  - {code: A1, title: \"x\", mode: CE\n")]
    [InlineData("offences:\n  - {code: A1, title: \"x\u0085y\", mode: CE}\n")]
    [InlineData("offences:\n  - {code: A1, title: \"x\u2028y\", mode: CE}\n")]
    [InlineData("offences:\n  - {code: A1, title: \"x\u2029y\", mode: CE}\n")]
    [InlineData("# a\u0000b\noffences:\n  - {code: A1, title: \"x\", mode: CE}\n")]
    [InlineData("offences:\n  - {code: A1, title: \"x\", mode: CE} # a\rb\n")]
    public void TryRead_AnythingOutsideItsShape_LeavesTheFileToTheFullParser(string text)
    {
        Assert.Null(FlowLineReader.TryRead("offences/x.yaml", text, RuleSetLoadOptions.Default));
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("quote \\\" and backslash \\\\", "quote \" and backslash \\")]
    [InlineData("tab\\t newline\\n x\\x41 \\/ \\N\\L\\P", "tab\t newline\n xA / \u0085\u2028\u2029")]
    [InlineData("£5000, comma: colon # hash {brace}", "£5000, comma: colon # hash {brace}")]
    [InlineData("carriage\\r return", "carriage\r return")]
    [InlineData("\\0 \\a \\b \\v \\f \\e \\_ \\  \\\t", "\0 \a \b \v \f \u001b \u00a0   \t")]
    [InlineData("owl \\U0001F989, \\u00E9 and \\xe9", "owl \U0001F989, \u00e9 and \u00e9")]
    public void TryRead_QuotedTitle_ReadsLikeYaml(string quoted, string expected)
    {
        var text = $"offences:\n  - {{code: A1, title: \"{quoted}\", mode: CE}} # trailing comment\n";
        var bag = new DiagnosticBag();
        var full = RuleFileParser.Parse("offences/x.yaml", DocumentReader.Read("offences/x.yaml", text, RuleSetLoadOptions.Default, bag)!, bag);

        var fast = FlowLineReader.TryRead("offences/x.yaml", text, RuleSetLoadOptions.Default);

        Assert.Equal(expected, Assert.Single(fast!.Offences).Title);
        Assert.Equal(expected, Assert.Single(full.Offences).Title);
    }

    // Plain values may hold letters, digits and / . - _ *: such lines stay on the fast path and read like YAML.
    [Fact]
    public void TryRead_PlainValuesWithInnerPunctuation_ReadLikeYaml()
    {
        const string Text = "offences:\n  - {code: A1, title: \"x\", mode: CE, ho-class: 034/01, max: 1y6m, category: theft-and-handling}\n";
        var bag = new DiagnosticBag();
        var full = RuleFileParser.Parse("offences/x.yaml", DocumentReader.Read("offences/x.yaml", Text, RuleSetLoadOptions.Default, bag)!, bag);

        var fast = FlowLineReader.TryRead("offences/x.yaml", Text, RuleSetLoadOptions.Default);

        Assert.NotNull(fast);
        Assert.Equal(Describe(full), Describe(fast));
        Assert.Equal("034/01", Assert.Single(fast.Offences).HomeOfficeClass);
    }

    // A quoted value means what the plain one does: the category and its place are read as YAML reads them.
    [Fact]
    public void TryRead_QuotedCategory_ReadsLikeYaml()
    {
        const string Text = "offences:\n  - {code: \"1A\", title: \"x\", mode: CE, category: \"theft-and-handling\"}\n";
        var bag = new DiagnosticBag();
        var full = RuleFileParser.Parse("offences/x.yaml", DocumentReader.Read("offences/x.yaml", Text, RuleSetLoadOptions.Default, bag)!, bag);

        var fast = FlowLineReader.TryRead("offences/x.yaml", Text, RuleSetLoadOptions.Default);

        Assert.NotNull(fast);
        Assert.Equal(Describe(full), Describe(fast));
        Assert.Equal((2, 50), (fast.Offences[0].Category!.Line, fast.Offences[0].Category!.Column));
    }

    // The format's vocabulary is the one list of keys (RuleFileFormat): a key added there that the fast reader does not
    // know would send every catalogue file to the slow parser without a word. Each key needs a sample value here.
    private static readonly System.Collections.Generic.Dictionary<string, string> SampleValues = new()
    {
        [RuleFileFormat.Code] = "A1",
        [RuleFileFormat.Title] = "\"x\"",
        [RuleFileFormat.Mode] = "CE",
        [RuleFileFormat.HomeOfficeClass] = "\"034/01\"",
        [RuleFileFormat.Max] = "1y6m",
        [RuleFileFormat.Category] = "theft-and-handling",
        [RuleFileFormat.Class] = "\"034/01\"",
        [RuleFileFormat.Group] = "\"Robbery\"",
    };

    [Theory]
    [InlineData(RuleFileFormat.Offences)]
    [InlineData(RuleFileFormat.HomeOfficeClasses)]
    public void TryRead_EntryWithEveryKeyOfTheFormat_TakesTheFastPathAndReadsLikeYaml(string section)
    {
        var keys = section == RuleFileFormat.Offences ? OffenceFields.OffenceKeys : RuleFileFormat.HomeOfficeClassKeys;
        var missing = keys.Where(k => !SampleValues.ContainsKey(k)).ToArray();
        Assert.True(missing.Length == 0, $"Give a sample value for the new key(s) {string.Join(", ", missing)} and teach FlowLineReader to read them.");
        var text = $"{section}:\n  - {{{string.Join(", ", keys.Select(k => $"{k}: {SampleValues[k]}"))}}}\n";
        var bag = new DiagnosticBag();
        var full = RuleFileParser.Parse("x.yaml", DocumentReader.Read("x.yaml", text, RuleSetLoadOptions.Default, bag)!, bag);

        var fast = FlowLineReader.TryRead("x.yaml", text, RuleSetLoadOptions.Default);

        Assert.Empty(bag.Items);
        Assert.NotNull(fast);
        Assert.Equal(Describe(full), Describe(fast));
    }

    private static string[] Describe(ParsedRuleFile file) =>
    [
        .. file.Offences.Select(o => $"{o.Code}|{o.Title}|{o.CjsCategory}|{o.HomeOfficeClass}|{o.MaximumPenalty}|{o.Category?.Value}|{o.Category?.Line}:{o.Category?.Column}|{o.File}|{o.Line}:{o.Column}"),
        .. file.HomeOfficeClasses.Select(c => $"{c.Class}|{c.Group}|{c.Title}|{c.File}|{c.Line}:{c.Column}"),
    ];
}
