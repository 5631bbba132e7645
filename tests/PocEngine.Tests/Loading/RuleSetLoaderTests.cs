using System;
using System.IO;
using System.Linq;
using PocEngine.Loading;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Loading;

// What the loader adds around the file readers: finding the files of a folder, the folder-level limits, the embedded
// rule set, the header, and the list of versions with their changes files. Each expected line and column was counted
// by hand in the YAML of its test.
public sealed class RuleSetLoaderTests
{
    [Fact]
    public void TryLoad_SmallValidRuleSet_LoadsEveryOffenceWithNoErrors()
    {
        var result = Yaml.Default().TryLoad();

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var version = result.RuleSet!.Latest;
        Assert.Equal(10, version.Offences.Count);
        Assert.Equal("test", version.RuleSetId);
        Assert.Equal(64, version.Hash.Length);
    }

    [Fact]
    public void TryLoadFromDirectory_TheSameFilesOnDisk_GiveTheSameRuleSetAsInMemory()
    {
        using var folder = TempRules.Of(Yaml.Default());

        var result = RuleSetLoader.LoadDirectory(folder.Path);

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(Yaml.Default().Load().Latest.Hash, result.RuleSet.Latest.Hash);
    }

    [Fact]
    public void TryLoadFromDirectory_MissingFolder_ReportsTheFolder()
    {
        var missing = Path.Combine(Path.GetTempPath(), "poc-no-such-folder-" + Guid.NewGuid().ToString("N"));

        var result = RuleSetLoader.LoadDirectory(missing);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal($"{missing}: error POC1001: The rule set folder '{missing}' does not exist; pass the folder that holds ruleset.yaml.", error.ToString());
        Assert.False(result.Success);
    }

    // .yaml and .yml in any letter case are rule files, in any sub-folder; other files and the tests/ folder (rule
    // tests, not rules) are not read at all.
    [Theory]
    [InlineData("extra.yml")]
    [InlineData("EXTRA.YAML")]
    [InlineData("offences/deeper/extra.Yml")]
    public void TryLoadFromDirectory_ReadsEveryYamlFile(string name)
    {
        using var folder = TempRules.Of(Yaml.Default());
        folder.Write(name, "offences: [\n");

        var error = Assert.Single(RuleSetLoader.LoadDirectory(folder.Path).Errors);

        Assert.Equal(("POC1002", name), (error.Code, error.File));
    }

    [Theory]
    [InlineData("notes.md")]
    [InlineData("offences/all.yaml.bak")]
    [InlineData("tests/broken.yaml")]
    [InlineData("tests/deeper/broken.yml")]
    public void TryLoadFromDirectory_IgnoresFilesThatAreNotRules(string name)
    {
        using var folder = TempRules.Of(Yaml.Default());
        folder.Write(name, "offences: [\n");

        var result = RuleSetLoader.LoadDirectory(folder.Path);

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void TryLoad_SourcesUnderTests_AreNotRead()
    {
        var sources = Yaml.Default().Sources().Append(RuleSource.FromText("tests/broken.yaml", "offences: [\n"));

        Assert.True(RuleSetLoader.Load(sources).Success);
    }

    // Six rule files (the tests/ file does not count): six are allowed, five are not.
    [Fact]
    public void TryLoadFromDirectory_MoreFilesThanTheLimit_IsRefusedBeforeReadingAny()
    {
        using var folder = TempRules.Of(Yaml.Default());
        folder.Write("tests/cases.yaml", "tests: []\n");

        var atTheLimit = RuleSetLoader.LoadDirectory(folder.Path, new RuleSetLoadOptions { MaxFiles = 6 });
        var overTheLimit = RuleSetLoader.LoadDirectory(folder.Path, new RuleSetLoadOptions { MaxFiles = 5 });

        Assert.True(atTheLimit.Success, string.Join("\n", atTheLimit.Diagnostics));
        var error = Assert.Single(overTheLimit.Diagnostics);
        Assert.Equal(".: error POC1036: The rule set folder holds more than 5 YAML files, the limit set in RuleSetLoadOptions.MaxFiles.", error.ToString());
        Assert.False(overTheLimit.Success);
    }

    [Fact]
    public void TryLoadFromDirectory_FileLargerThanTheLimit_IsReportedByItsSize()
    {
        using var folder = TempRules.Of(Yaml.Default());
        var largest = Directory.EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).MaxBy(f => f.Length)!;
        var name = Path.GetRelativePath(folder.Path, largest.FullName).Replace('\\', '/');

        var atTheLimit = RuleSetLoader.LoadDirectory(folder.Path, new RuleSetLoadOptions { MaxFileBytes = largest.Length });
        var overTheLimit = RuleSetLoader.LoadDirectory(folder.Path, new RuleSetLoadOptions { MaxFileBytes = largest.Length - 1 });

        Assert.True(atTheLimit.Success, string.Join("\n", atTheLimit.Diagnostics));
        var error = Assert.Single(overTheLimit.Diagnostics, d => d.File == name);
        Assert.Equal($"{name}: error POC1001: The rule file cannot be loaded: the file is {largest.Length} bytes, larger than the limit of {largest.Length - 1} bytes set in RuleSetLoadOptions.MaxFileBytes.", error.ToString());
    }

    // Sources built in memory have no byte count to check before reading, so the loader checks their text.
    [Fact]
    public void TryLoad_SourceLongerThanTheLimit_IsReportedWithTheLimit()
    {
        var largest = Yaml.Default().Files.MaxBy(f => f.Value.Length);

        var atTheLimit = Yaml.Default().TryLoad(new RuleSetLoadOptions { MaxFileBytes = largest.Value.Length });
        var overTheLimit = Yaml.Default().TryLoad(new RuleSetLoadOptions { MaxFileBytes = largest.Value.Length - 1 });

        Assert.True(atTheLimit.Success, string.Join("\n", atTheLimit.Diagnostics));
        var error = Assert.Single(overTheLimit.Diagnostics, d => d.File == largest.Key);
        Assert.Equal($"{largest.Key}: error POC1001: The rule file cannot be loaded: it is larger than the limit of {largest.Value.Length - 1} bytes set in RuleSetLoadOptions.MaxFileBytes.", error.ToString());
    }

    // An editor or a copy holding the file with no sharing: the load reports the file, and the other files' problems
    // still, rather than throwing.
    [Fact]
    public void TryLoadFromDirectory_FileThatCannotBeOpened_IsReportedNotThrown()
    {
        using var folder = TempRules.Of(Yaml.Default());
        folder.Write("extra.yaml", "offences: [\n");
        using var held = new FileStream(Path.Combine(folder.Path, "offences", "all.yaml"), FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var result = RuleSetLoader.LoadDirectory(folder.Path);

        Assert.Equal(["extra.yaml", "offences/all.yaml"], result.Errors.Select(d => d.File));
        var error = result.Errors.Single(d => d.File == "offences/all.yaml");
        Assert.Equal((DiagnosticCodes.FileUnreadable, 0, 0), (error.Code, error.Line, error.Column));
        Assert.StartsWith("The rule file cannot be loaded: the file could not be read (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(").", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(".)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadEmbedded_UnknownRuleSet_SaysWhichOneThePackageHas()
    {
        var result = LoadPipeline.LoadEmbedded("nope", RuleSetLoadOptions.Default);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("nope: error POC1001: The package embeds no rule set 'nope'; the embedded default is 'cps'.", error.ToString());
        Assert.False(result.Success);
    }

    // The package embeds exactly the repository's rules folder: the rule files for loading, the rule tests apart.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EmbeddedSources_AreTheRulesFolderFilesInPathOrder(bool tests)
    {
        var onDisk = Directory.EnumerateFiles(Repository.Rules, "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repository.Rules, f).Replace('\\', '/'))
            .Where(f => f.StartsWith("tests/", StringComparison.Ordinal) == tests)
            .Order(StringComparer.Ordinal);

        var embedded = LoadPipeline.EmbeddedSources(RuleSet.DefaultId, tests, RuleSetLoadOptions.Default.MaxFileBytes);

        Assert.Equal(onDisk, embedded.Select(s => s.Path));
        Assert.All(embedded, s => Assert.Equal(File.ReadAllText(Path.Combine(Repository.Rules, s.Path)), s.Text));
    }

    [Fact]
    public void TryLoad_NoHeaderFile_SaysSo()
    {
        var result = Yaml.Default().Without("ruleset.yaml").TryLoad();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("ruleset.yaml: error POC1021: The rule set has no ruleset.yaml; it names the rule set, its schema version and its versions.", error.ToString());
    }

    // A header that is there but broken is reported for what is wrong with it, not as missing.
    [Fact]
    public void TryLoad_HeaderWithInvalidYaml_IsReportedOnceAsInvalidNotAsMissing()
    {
        var result = Yaml.Default().With("ruleset.yaml", "schema-version: 1\nid: [test\n").TryLoad();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("POC1002", "ruleset.yaml"), (error.Code, error.File));
    }

    [Fact]
    public void TryLoad_HeaderThatCannotBeRead_IsReportedOnceAsUnreadableNotAsMissing()
    {
        var sources = Yaml.Default().Sources().Where(s => s.Path != "ruleset.yaml")
            .Append(RuleSource.FromStream("ruleset.yaml", new MemoryStream([0x69, 0x64, 0x3a, 0x20, 0xff])));

        var error = Assert.Single(RuleSetLoader.Load(sources).Diagnostics);

        Assert.Equal("ruleset.yaml: error POC1001: The rule file cannot be loaded: the file is not valid UTF-8 text.", error.ToString());
    }

    [Theory]
    [InlineData("id: test\n", "POC1011", "'id'")]
    [InlineData("name: Test rules\n", "POC1011", "'name'")]
    [InlineData("schema-version: 1\n", "POC1020", "'schema-version'")]
    public void TryLoad_HeaderWithoutARequiredKey_ReportsOnlyThatKey(string line, string code, string key)
    {
        var result = Yaml.Default().With("ruleset.yaml", Yaml.Header.Replace(line, string.Empty, StringComparison.Ordinal)).TryLoad();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((code, "ruleset.yaml"), (error.Code, error.File));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    // A header whose list of versions is wrong in one way, and the one diagnostic it must give.
    public static TheoryData<string, string> VersionLists() => new()
    {
        { Yaml.Header[..Yaml.Header.IndexOf("versions:", StringComparison.Ordinal)] + "versions: []\n", "ruleset.yaml(4,11): error POC1021: The rule set lists no versions; list at least one with its version label and effective-from date." },
        { Yaml.Header + Yaml.SecondVersion.Replace("2020-01-01", "2000-01-01", StringComparison.Ordinal), "ruleset.yaml(7,5): error POC1023: The version '2' has the same effective-from date as '1' (2000-01-01); list versions in order of strictly later dates, as each is in force until the next one's date." },

        // Version 3 is compared with version 2, the last one accepted, not with version 1.
        { Yaml.Header + Yaml.SecondVersion + "  - version: \"3\"\n    effective-from: 2010-01-01\n", "ruleset.yaml(9,5): error POC1023: The version '3' has an earlier effective-from date than '2' (2010-01-01); list versions in order of strictly later dates, as each is in force until the next one's date." },
        { Yaml.Header + Yaml.SecondVersion + "    changes: other/2.yaml\n", "ruleset.yaml(9,14): error POC1024: The changes file 'other/2.yaml' of version '2' is not under versions/; keep each version's changes in the versions folder." },
        { Yaml.Header + Yaml.SecondVersion + "    changes: versions/2.yaml\n", "ruleset.yaml(9,14): error POC1024: The changes file 'versions/2.yaml' of version '2' does not exist; create it under versions/ or correct the name." },
    };

    [Theory]
    [MemberData(nameof(VersionLists))]
    public void TryLoad_WrongListOfVersions_GivesOneDiagnosticAtItsPlace(string header, string expected)
    {
        var error = Assert.Single(Yaml.Default().With("ruleset.yaml", header).TryLoad().Diagnostics);

        Assert.Equal(expected, error.ToString());
    }

    [Fact]
    public void TryLoad_FirstVersionWithAChangesFile_SaysTheFirstVersionIsTheBase()
    {
        var result = Yaml.Default()
            .With("ruleset.yaml", Yaml.Header + "\n    changes: versions/1.yaml\n")
            .With("versions/1.yaml", "remove-offences: [XX00001]\n")
            .TryLoad();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("ruleset.yaml(7,14): error POC1024: The first version '1' names a changes file; the first version is the base files themselves, and only later versions list changes.", error.ToString());
    }

    // A changes path may be written relative ('./') or with Windows separators; it names the same file, whose changes
    // apply from that version on.
    [Theory]
    [InlineData("versions/2.yaml")]
    [InlineData("./versions/2.yaml")]
    [InlineData("'versions\\2.yaml'")]
    public void TryLoad_ChangesPathSpelledAnyWay_AppliesTheChangesFromThatVersion(string path)
    {
        var ruleSet = Yaml.Default()
            .With("ruleset.yaml", Yaml.Header + Yaml.SecondVersion + $"    changes: {path}\n")
            .With("versions/2.yaml", "remove-offences: [XX00001]\n")
            .Load();

        Assert.Equal(10, ruleSet.GetVersion("1").Offences.Count);
        Assert.Equal(9, ruleSet.GetVersion("2").Offences.Count);
    }
}
