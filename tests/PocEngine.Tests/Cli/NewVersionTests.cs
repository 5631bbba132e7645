using System;
using System.IO;
using System.Linq;
using PocEngine.Rules;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Cli;

// 'poc new version' on a copy of the default rules, as a maintainer starting a version would run it.
public sealed class NewVersionTests
{
    [Fact]
    public void NewVersion_OnACopy_AddsAVersionThatLoadsAndChangesNothingYet()
    {
        using var folder = TempRules.CopyOfDefaultWith("notes.txt", "a copy\n");

        var run = PocProcess.Run("new", "version", "2027.1", "--effective-from", "2027-04-01", "--rules", folder.Path, "--description", "April 2027");

        Assert.True(run.ExitCode == 0, run.Error);
        var rules = RuleSet.LoadFromDirectory(folder.Path);
        Assert.Equal(["2026.1", "2027.1"], rules.Versions.Select(v => v.Label));
        Assert.Equal(rules.GetVersion("2026.1").Hash, rules.GetVersion("2027.1").Hash);
        Assert.Equal(DefaultRules.RuleSet.Latest.Hash, rules.GetVersion("2026.1").Hash);
        Assert.Equal("April 2027", rules.GetVersion("2027.1").Description);
        Assert.Equal(new DateTime(2027, 4, 1), rules.GetVersion("2027.1").EffectiveFromDateTime);
    }

    [Theory]
    [InlineData("2026.1", "2027-04-01", "The rule set already has a version '2026.1'; give the new version a new label.")]
    [InlineData("2027.1", "1999-01-01", "The new version must apply from after 2000-01-01, when version '2026.1' took effect; --effective-from is 1999-01-01.")]
    [InlineData("2027.1", "2027-4-1", "--effective-from '2027-4-1' is not a date written yyyy-MM-dd.")]
    [InlineData("27/1", "2027-04-01", "The version label '27/1' is not allowed; use letters, digits, dots, hyphens and underscores, starting with a letter or digit (at most 32).")]
    public void NewVersion_BadArguments_ExitsTwoAndChangesNothing(string label, string date, string expected)
    {
        using var folder = TempRules.CopyOfDefaultWith("notes.txt", "a copy\n");
        var header = File.ReadAllText(Path.Combine(folder.Path, "ruleset.yaml"));

        var run = PocProcess.Run("new", "version", label, "--effective-from", date, "--rules", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, run.Error.Trim());
        Assert.Equal(header, File.ReadAllText(Path.Combine(folder.Path, "ruleset.yaml")));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "versions")));
    }

    // The changes file 'poc new version' writes loads as written, and again after any one of its commented examples is
    // uncommented as its comment says (a live 'offence-overrides: []' above the commented example gave a duplicate key).
    [Fact]
    public void NewVersion_EachCommentedExampleUncommented_StillLoads()
    {
        using var folder = TempRules.CopyOfDefaultWith("notes.txt", "a copy\n");
        Assert.Equal(0, PocProcess.InProcess("new", "version", "2027.1", "--effective-from", "2027-04-01", "--rules", folder.Path).ExitCode);
        var path = Path.Combine(folder.Path, "versions", "2027.1.yaml");
        var written = File.ReadAllText(path);

        var examples = CommentedExamples.Each(written);

        Assert.Equal(["offence-overrides", "offences", "remove-offences", "ordering"], examples.Select(e => e.Key));
        var asWritten = RuleSetLoader.LoadDirectory(folder.Path);
        Assert.True(asWritten.Success, string.Join("\n", asWritten.Errors));
        foreach (var (key, text) in examples)
        {
            File.WriteAllText(path, text);
            var loaded = RuleSetLoader.LoadDirectory(folder.Path);
            Assert.True(loaded.Success, $"{key}: {string.Join("\n", loaded.Errors)}");
            if (key != "ordering")
            {
                // The ordering example repeats the ordering in force, so only it leaves the version's content the same.
                Assert.NotEqual(loaded.RuleSet!.GetVersion("2026.1").Hash, loaded.RuleSet.GetVersion("2027.1").Hash);
            }
        }
    }

    // 'poc new version' writes a changes file that editors check against this schema as the maintainer fills it in.
    [Fact]
    public void Schema_NewVersionSkeleton_IsValidAndPointsAtTheSchemaBesideTheRuleSet()
    {
        using var folder = TempRules.CopyOfDefaultWith("notes.txt", "a copy\n");
        var (plan, problem) = PocEngine.Cli.Import.NewVersion.Prepare(folder.Path, "2027.1", "2027-04-01");
        Assert.True(plan is not null, problem);

        var skeleton = PocEngine.Cli.Commands.NewCommand.Skeleton(plan);

        Assert.True(PocEngine.Tests.Validation.RuleSchemaTests.Schema.Evaluate(PocEngine.Tests.Validation.RuleSchemaTests.ToJson(skeleton)).IsValid);
        Assert.Equal("# yaml-language-server: $schema=../poc-rules.schema.json", skeleton.Split('\n')[0]);
        Assert.True(File.Exists(Path.Combine(folder.Path, "versions", "../poc-rules.schema.json")));
    }

    [Fact]
    public void SchemaCommand_PrintsTheSchemaOfTheRuleSetFolder()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(Repository.Rules, "poc-rules.schema.json")), PocEngine.Cli.Commands.SchemaCommand.Text());
    }
}
