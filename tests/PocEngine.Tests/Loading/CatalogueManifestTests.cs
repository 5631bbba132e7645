using System;
using System.IO;
using System.Linq;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Loading;

// The catalogue cannot be cut silently: offences/manifest.yaml, written by 'poc import', lists each file it wrote with
// its entries and hash, and every load checks the files against it.
public sealed class CatalogueManifestTests
{
    [Fact]
    public void Load_CatalogueFileCutAtALineBoundary_IsAnErrorNamingTheFileAndTheCounts()
    {
        var whole = File.ReadAllLines(Path.Combine(Repository.Rules, "offences", "W.yaml"));
        var cut = string.Join("\n", whole.Take(300)) + "\n";
        using var folder = TempRules.CopyOfDefaultWith("offences/W.yaml", cut);

        var error = Assert.Single(RuleSetLoader.LoadDirectory(folder.Path).Errors);

        // Entries counted by hand: each offence is a line starting "  - {"; the first four lines are comments and the key.
        var written = whole.Count(l => l.StartsWith("  - {", StringComparison.Ordinal));
        var kept = cut.Split('\n').Count(l => l.StartsWith("  - {", StringComparison.Ordinal));
        Assert.Equal((296, 1_534), (kept, written));
        Assert.Equal(("offences/W.yaml", DiagnosticCodes.CatalogueManifest), (error.File, error.Code));
        Assert.StartsWith("The catalogue file differs from the one 'poc import' wrote (offences/manifest.yaml, line ", error.Message, StringComparison.Ordinal);
        Assert.Contains("it holds 296 entries where the import wrote 1,534, so it was cut short or edited.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CatalogueFileEditedByHand_IsAnErrorSayingSo()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Rules, "offences", "T.yaml"));
        var edited = text.Replace("title: \"Robbery\"", "title: \"Robbery with violence\"", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        using var folder = TempRules.CopyOfDefaultWith("offences/T.yaml", edited);

        var error = Assert.Single(RuleSetLoader.LoadDirectory(folder.Path).Errors);

        Assert.Equal(("offences/T.yaml", DiagnosticCodes.CatalogueManifest), (error.File, error.Code));
        Assert.Contains("its text is not what the import wrote, so it was edited or replaced.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CatalogueFileTheImportDidNotWrite_IsAnError()
    {
        using var folder = TempRules.CopyOfDefaultWith("offences/extra.yaml", "offences:\n  - {code: ZZ99001, title: \"Extra\", mode: CE}\n");

        var error = Assert.Single(RuleSetLoader.LoadDirectory(folder.Path).Errors);

        Assert.Equal("offences/extra.yaml: error POC1038: The catalogue file was not written by 'poc import': offences/manifest.yaml does not list it. Run 'poc import' to write the catalogue, and put corrections in offence-overrides.yaml.", error.ToString());
    }

    [Fact]
    public void Load_CatalogueFileMissing_IsAnErrorAtItsManifestLine()
    {
        using var folder = TempRules.CopyOfDefaultWith("offences/manifest.yaml", File.ReadAllText(Path.Combine(Repository.Rules, "offences", "manifest.yaml")));
        File.Delete(Path.Combine(folder.Path, "offences", "Z.yaml"));
        var line = Array.FindIndex(File.ReadAllLines(Path.Combine(folder.Path, "offences", "manifest.yaml")), l => l.Contains("offences/Z.yaml", StringComparison.Ordinal)) + 1;

        var errors = RuleSetLoader.LoadDirectory(folder.Path).Errors.ToList();

        var missing = Assert.Single(errors, e => e.Code == DiagnosticCodes.CatalogueManifest);
        Assert.Equal(("offences/manifest.yaml", line, 5), (missing.File, missing.Line, missing.Column));
        Assert.Equal("The catalogue file 'offences/Z.yaml' that 'poc import' wrote is missing; run 'poc import' again to write the whole catalogue.", missing.Message);
    }

    [Fact]
    public void Load_CatalogueCheckedOutWithWindowsLineEndings_StillMatchesItsManifest()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Rules, "offences", "T.yaml"));
        using var folder = TempRules.CopyOfDefaultWith("offences/T.yaml", text.Replace("\n", "\r\n", StringComparison.Ordinal));

        var result = RuleSetLoader.LoadDirectory(folder.Path);

        Assert.Empty(result.Errors);
    }
}
