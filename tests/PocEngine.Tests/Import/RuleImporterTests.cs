using System;
using System.IO;
using System.Linq;
using PocEngine.Authoring;
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

    [Fact]
    public void Import_StoppedBetweenItsRenames_LeavesAnErrorNotAnEmptyCatalogue_AndTheNextImportMendsIt()
    {
        using var folder = TempRules.CopyOfDefaultWith("ordering.yaml", File.ReadAllText(Path.Combine(Repository.Rules, "ordering.yaml")));
        // What a stop between the swap's two renames leaves: the old catalogue moved aside, the new not yet in place.
        Directory.Move(Path.Combine(folder.Path, "offences"), Path.Combine(folder.Path, ".offences.poc-replaced-99999"));

        var stopped = RuleSetLoader.LoadDirectory(folder.Path);
        RuleImporter.Import(StandingData.Read(Repository.StandingData), folder.Path);
        var mended = RuleSetLoader.LoadDirectory(folder.Path);

        Assert.Contains(stopped.Errors, e => e.Code == DiagnosticCodes.MissingPart && e.Message.Contains("the catalogue (offences/*.yaml, written by 'poc import') is missing or empty", StringComparison.Ordinal));
        Assert.True(mended.Success, string.Join("\n", mended.Diagnostics));
        Assert.Equal(RuleSet.Default.Latest.Hash, mended.RuleSet.Latest.Hash);
        Assert.Empty(Directory.EnumerateDirectories(folder.Path, ".offences.poc-*"));
    }

    // What 'poc import --version' does, without the command's printing.
    private static VersionImportReport ImportVersion(StandingData data, string folder, string label, DateOnly effectiveFrom, string? description)
    {
        var (plan, problem) = NewVersion.Prepare(folder, label, effectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(plan is not null, problem);
        var (report, changes) = VersionImporter.Compare(data, folder, label);
        if (changes is not null)
        {
            Assert.True(plan.Write(changes, description).Success);
        }

        return report;
    }

    [Fact]
    public void ImportAsVersion_NewerStandingData_WritesOnlyTheChangesAndEarlierVersionsReplay()
    {
        using var folder = TempRules.CopyOfDefaultWith("notes.txt", "a copy for the import test\n");
        var data = StandingData.Read(Repository.StandingData);
        var newer = Newer(data, o => o.Code switch
        {
            "TH68023" => o with { Title = "Robbery (renamed)" },
            "MD71001" => o with { Maximum = "life" },
            _ => o,
        }, remove: "AD76001", add: new ImportedOffence("ZZ99001", "A brand new offence", "CE", "034/01", "5y"));

        var report = ImportVersion(newer, folder.Path, "2027.1", new DateOnly(2027, 4, 1), "Standing data of April 2027");

        Assert.Equal(["ZZ99001"], report.Added);
        Assert.Equal(["MD71001", "TH68023"], report.Changed);
        Assert.Equal(["AD76001"], report.Removed);
        Assert.Empty(report.HomeOfficeClasses);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Rules, "offences")))
        {
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(folder.Path, "offences", Path.GetFileName(file))));
        }

        var changes = File.ReadAllLines(Path.Combine(folder.Path, "versions", "2027.1.yaml"));
        Assert.Contains("  - {code: TH68023, title: \"Robbery (renamed)\", mode: CI, ho-class: \"034/01\", max: life}", changes);
        Assert.Contains("  - AD76001", changes);
        var rules = RuleSet.LoadFromDirectory(folder.Path);
        Assert.Equal(["2026.1", "2027.1"], rules.Versions.Select(v => v.Label));
        Assert.Equal(DefaultRules.RuleSet.Latest.Hash, rules.GetVersion("2026.1").Hash);
        var latest = rules.GetVersion("2027.1");
        Assert.True(latest.TryGetOffence("TH68023", out var robbery));
        Assert.Equal("Robbery (renamed)", robbery.Title);
        Assert.True(latest.TryGetOffence("ZZ99001", out var added));
        Assert.Equal("robbery", added.Category!.Id);
        Assert.False(latest.TryGetOffence("AD76001", out _));
        Assert.True(latest.TryGetOffence("MD71001", out var producing));
        Assert.Equal(MaximumPenaltySource.Catalogue, producing.MaximumPenaltySource);
        Assert.Equal("2026.1", rules.GetVersionInForce(new DateOnly(2027, 3, 31)).Label);
        Assert.Equal("2027.1", rules.GetVersionInForce(new DateOnly(2027, 4, 1)).Label);
    }

    // The changes file an import writes says a correction goes in an offence-overrides section and shows one commented
    // out; uncommented as it stands, it loads and corrects the title it names.
    [Fact]
    public void ImportAsVersion_CommentedOverrideExampleUncommented_Loads()
    {
        using var folder = TempRules.CopyOfDefaultWith("notes.txt", "a copy for the import test\n");
        var newer = Newer(StandingData.Read(Repository.StandingData), o => o.Code == "TH68023" ? o with { Title = "Robbery (renamed)" } : o, remove: "AD76001");
        ImportVersion(newer, folder.Path, "2027.1", new DateOnly(2027, 4, 1), null);
        var path = Path.Combine(folder.Path, "versions", "2027.1.yaml");

        var (key, text) = Assert.Single(CommentedExamples.Each(File.ReadAllText(path)));
        File.WriteAllText(path, text);
        var loaded = RuleSetLoader.LoadDirectory(folder.Path);

        Assert.Equal("offence-overrides", key);
        Assert.True(loaded.Success, string.Join("\n", loaded.Errors));
        var first = loaded.RuleSet!.GetVersion("2027.1").Offences[0];
        Assert.Equal("The corrected title", first.Title);
        Assert.Equal("Robbery (renamed)", loaded.RuleSet.GetVersion("2027.1").Offences.Single(o => o.Code == "TH68023").Title);
    }

    [Fact]
    public void ImportAsVersion_TwiceInARow_ReadsTheLatestVersionsChanges()
    {
        using var folder = TempRules.CopyOfDefaultWith("notes.txt", "a copy for the import test\n");
        var data = StandingData.Read(Repository.StandingData);
        var first = Newer(data, o => o.Code == "TH68023" ? o with { Title = "Robbery (renamed)" } : o, remove: "AD76001");
        ImportVersion(first, folder.Path, "2027.1", new DateOnly(2027, 4, 1), null);

        var same = ImportVersion(first, folder.Path, "2027.2", new DateOnly(2027, 10, 1), null);
        var second = ImportVersion(Newer(first, o => o.Code == "OF61102" ? o with { Title = "ABH (renamed)" } : o), folder.Path, "2027.2", new DateOnly(2027, 10, 1), null);

        Assert.True(same.IsEmpty);
        Assert.Equal((0, 1, 0), (second.Added.Count, second.Changed.Count, second.Removed.Count));
        Assert.Equal(["OF61102"], second.Changed);
        Assert.Equal(["2026.1", "2027.1", "2027.2"], RuleSet.LoadFromDirectory(folder.Path).Versions.Select(v => v.Label));
    }

    [Theory]
    [InlineData(new[] { "--version", "2026.1", "--effective-from", "2027-01-01" }, "The rule set already has a version '2026.1'; give the new version a new label.")]
    [InlineData(new[] { "--version", "2027.1" }, "A new version needs --effective-from, the first finalisation date (yyyy-MM-dd) it applies to.")]
    [InlineData(new[] { "--version", "2027.1", "--effective-from", "1999-12-31" }, "The new version must apply from after 2000-01-01, when version '2026.1' took effect; --effective-from is 1999-12-31.")]
    [InlineData(new[] { "--version", "2027.1", "--effective-from", "1/4/2027" }, "--effective-from '1/4/2027' is not a date written yyyy-MM-dd.")]
    public void ImportCommand_AsVersionWithBadArguments_ExitsTwoAndChangesNothing(string[] args, string expected)
    {
        using var folder = TempRules.CopyOfDefaultWith("notes.txt", "a copy for the import test\n");
        var header = File.ReadAllText(Path.Combine(folder.Path, "ruleset.yaml"));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = PocEngine.Cli.Program.Run(["import", "--data", Repository.StandingData, "--rules", folder.Path, .. args], output, error, TestContext.Current.CancellationToken);

        Assert.Equal(2, code);
        Assert.Equal(expected, error.ToString().Trim());
        Assert.Equal(header, File.ReadAllText(Path.Combine(folder.Path, "ruleset.yaml")));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "versions")));
    }

    private static StandingData Newer(StandingData data, Func<ImportedOffence, ImportedOffence> change, string? remove = null, ImportedOffence? add = null)
    {
        var offences = data.Offences.Where(o => o.Code != remove).Select(change);
        if (add is not null)
        {
            offences = offences.Append(add);
        }

        return new StandingData { Offences = [.. offences.OrderBy(o => o.Code, StringComparer.Ordinal)], HomeOfficeClasses = data.HomeOfficeClasses };
    }

    // The standing data's CSV files go through the strict case-file reader: a malformed row is an error at its line
    // (the file has a header and 3,039 rows, so an appended row is line 3,041), never a guessed record.
    [Fact]
    public void ReadStandingData_MalformedCsvRow_IsAnErrorNamingTheFileAndLine()
    {
        var folder = Directory.CreateTempSubdirectory("poc-standing-").FullName;
        try
        {
            foreach (var file in Directory.EnumerateFiles(Repository.StandingData))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            File.AppendAllText(Path.Combine(folder, StandingData.HomeOfficeFile), "999/99,a\"b,c\r\n");

            var error = Assert.Throws<InvalidDataException>(() => StandingData.Read(folder));

            Assert.Contains(StandingData.HomeOfficeFile, error.Message, StringComparison.Ordinal);
            Assert.Contains("line 3041: Column 2 has a quote inside a field that is not quoted as a whole", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // The maxima come from the replayed migrations of hmpps-manage-offences-api: SX56001 (rape) had none in the CJS
    // Offence Index's table and has life here; RT88501 is "false" with 14 years; codes the standing data lacks are not added.
    [Fact]
    public void ReadStandingData_Maxima_ComeFromTheManageOffencesMigrations()
    {
        var data = StandingData.Read(Repository.StandingData);
        var byCode = data.Offences.ToDictionary(o => o.Code, StringComparer.Ordinal);

        Assert.Equal("life", byCode["SX56001"].Maximum);
        Assert.Equal("14y", byCode["RT88501"].Maximum);
        Assert.Equal(7341, data.Offences.Count(o => o.Maximum is not null));
    }

    [Theory]
    [InlineData("AB06001,Y,,,,,V1", "max_is_life 'Y'; it must be true, false or blank.")]
    [InlineData("AB06001,,2x,,,,V1", "max_years '2x', which is not a whole number.")]
    public void ReadStandingData_MalformedMaximum_IsAnErrorNamingTheCodeAndColumn(string row, string messageEnd)
    {
        var folder = Directory.CreateTempSubdirectory("poc-standing-").FullName;
        try
        {
            foreach (var file in Directory.EnumerateFiles(Repository.StandingData))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            File.AppendAllText(Path.Combine(folder, StandingData.MaximumFile), row + "\n");

            var error = Assert.Throws<InvalidDataException>(() => StandingData.Read(folder));

            Assert.StartsWith($"{StandingData.MaximumFile}: the code 'AB06001' has ", error.Message, StringComparison.Ordinal);
            Assert.EndsWith(messageEnd, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("with \"quotes\" and \\ backslash")]
    [InlineData("tab\tnewline\ncarriage\r£ and ü and 🦉")]
    [InlineData("control \u0001 and del \u007f and next-line \u0085")]
    public void Quote_AnyTitle_ReadsBackUnchangedByBothReaders(string title)
    {
        var text = $"offences:\n  - {{code: A1, title: {RuleFileWriter.Quote(title)}, mode: CE}}\n";

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
