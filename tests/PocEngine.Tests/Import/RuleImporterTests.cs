using System;
using System.IO;
using System.Linq;
using PocEngine.Cli.Import;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Import;

public sealed class RuleImporterTests
{
    [Fact]
    public void Import_StandingData_WritesTheCommittedCatalogueExactly()
    {
        using var folder = TempRules.CopyOfDefaultWith("offences/0.yaml", "offences: []\n");
        var data = StandingData.Read(Repository.StandingData);

        var report = RuleImporter.Import(data, folder.Path);

        Assert.Equal(30_356, report.Offences);
        Assert.Equal(3_039, report.HomeOfficeClasses);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Rules, "offences")).Append(Path.Combine(Repository.Rules, "home-office-classes.yaml")))
        {
            var copy = Path.Combine(folder.Path, Path.GetRelativePath(Repository.Rules, file));
            Assert.True(File.ReadAllText(file) == File.ReadAllText(copy), $"{file} differs from a fresh import: run 'poc import' and commit.");
        }
    }

    [Fact]
    public void Import_NewerStandingData_ReportsAddedRemovedChangedAndKeepsHandEdits()
    {
        using var folder = TempRules.CopyOfDefaultWith("offences/Q.yaml", "offences:\n  - {code: QQ00001, title: \"Soon gone\", mode: CE}\n");
        var overridesBefore = File.ReadAllText(Path.Combine(folder.Path, "offence-overrides.yaml"));
        var rulesBefore = File.ReadAllText(Path.Combine(folder.Path, "category-rules.yaml"));
        var data = StandingData.Read(Repository.StandingData);
        var newer = data.Offences
            .Select(o => o.Code == "TH68023" ? o with { Title = "Robbery (renamed)" } : o)
            .Append(new ImportedOffence("ZZ99001", "A brand new offence", "CE", "034/01", "5y"))
            .OrderBy(o => o.Code, StringComparer.Ordinal)
            .ToList();

        var report = RuleImporter.Import(new StandingData { Offences = newer, HomeOfficeClasses = data.HomeOfficeClasses }, folder.Path);

        Assert.Equal(["ZZ99001"], report.Added);
        Assert.Equal(["QQ00001"], report.Removed);
        Assert.Equal(["TH68023"], report.Changed);
        Assert.Equal(overridesBefore, File.ReadAllText(Path.Combine(folder.Path, "offence-overrides.yaml")));
        Assert.Equal(rulesBefore, File.ReadAllText(Path.Combine(folder.Path, "category-rules.yaml")));
        Assert.False(File.Exists(Path.Combine(folder.Path, "offences", "Q.yaml")));
        var loaded = RuleSet.LoadFromDirectory(folder.Path).Latest;
        Assert.True(loaded.TryGetOffence("ZZ99001", out var added));
        Assert.Equal("robbery", added.Category!.Id);
        Assert.True(loaded.TryGetOffence("01IC600001", out var overridden));
        Assert.Equal("override", overridden.ClassifiedBy);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("with \"quotes\" and \\ backslash")]
    [InlineData("tab\tnewline\ncarriage\r£ and ü and 🦉")]
    [InlineData("control \u0001 and del \u007f and next-line \u0085")]
    public void Quote_AnyTitle_ReadsBackUnchangedByBothReaders(string title)
    {
        var text = $"offences:\n  - {{code: A1, title: {YamlText.Quote(title)}, mode: CE}}\n";

        var fast = PocEngine.Loading.FlowLineReader.TryRead("offences/a.yaml", text, RuleSetLoadOptions.Default);
        var loaded = RuleSet.Load(Yaml.Default().With("offences/all.yaml", Yaml.Offences).With("offences/a.yaml", text).Sources());

        Assert.True(loaded.Latest.TryGetOffence("A1", out var offence));
        Assert.Equal(title, offence.Title);
        if (fast is not null)
        {
            Assert.Equal(title, Assert.Single(fast.Offences).Title);
        }
    }
}
