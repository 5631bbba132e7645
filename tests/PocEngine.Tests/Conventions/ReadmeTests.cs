using System;
using System.IO;
using System.Linq;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Conventions;

// The README's code is compiled or run: each "<!-- snippet: name -->" block must be, line for line, the lines between
// "begin-snippet: name" and "end-snippet" (in a //, # or <!-- --> comment) in a sample that CI builds and runs against
// the packed package, or, for the install steps, in samples/install, which CI runs in an empty folder.
public sealed class ReadmeTests
{
    [Theory]
    [InlineData("quick-start", "samples/CmsIntegration/QuickStart.cs")]
    [InlineData("hot-path", "samples/CmsIntegration/HotPath.cs")]
    [InlineData("install-pack", "samples/install/install.sh")]
    [InlineData("install-nuget-config", "samples/install/nuget.config")]
    [InlineData("install-package", "samples/install/install.sh")]
    [InlineData("install-tool", "samples/install/install.sh")]
    public void Snippet_IsTheCompiledSample(string name, string sample)
    {
        var readme = File.ReadAllLines(Path.Combine(Repository.Root, "README.md"));
        var source = File.ReadAllLines(Path.Combine(Repository.Root, sample));

        var shown = ReadmeBlock(readme, name);
        var compiled = SampleRegion(source, name);

        Assert.True(shown.Length is > 0 and < 15, $"The README's {name} shows {shown.Length} lines; a quick start stays under 15.");
        Assert.Equal(compiled, shown);
    }

    // What the README says of AddPocEngine's registrations is what DependencyInjectionTests check: the first wins.
    [Fact]
    public void DependencyInjection_Order_IsWhatTheTestsCheck()
    {
        var readme = string.Join(' ', File.ReadAllLines(Path.Combine(Repository.Root, "README.md")));

        Assert.Contains("with `TryAdd`, so the first registration wins: a second call changes nothing, and a `RuleSet` or `IPocCalculator` you register before calling it is kept.", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("made first) wins", readme, StringComparison.Ordinal);
    }

    // The install steps are not only shown: CI runs them, from an empty folder.
    [Fact]
    public void InstallSteps_RunInCi()
    {
        var ci = File.ReadAllText(Path.Combine(Repository.Root, ".ci", "run"));

        Assert.Contains("bash \"$OLDPWD/samples/install/install.sh\")", ci, StringComparison.Ordinal);
        Assert.Contains("(samples/install/install.sh)", File.ReadAllText(Path.Combine(Repository.Root, "README.md")), StringComparison.Ordinal);
    }

    private static string[] ReadmeBlock(string[] readme, string name)
    {
        var marker = Array.IndexOf(readme, $"<!-- snippet: {name} -->");
        Assert.True(marker >= 0, $"README.md has no '<!-- snippet: {name} -->' marker.");
        Assert.Matches("^```(csharp|sh|xml)$", readme[marker + 1]);
        return readme.Skip(marker + 2).TakeWhile(line => line != "```").ToArray();
    }

    private static string[] SampleRegion(string[] source, string name)
    {
        var begin = Array.FindIndex(source, line => line.Trim() is var t && (t == $"// begin-snippet: {name}" || t == $"# begin-snippet: {name}" || t == $"<!-- begin-snippet: {name} -->"));
        var end = begin < 0 ? -1 : Array.FindIndex(source, begin + 1, line => line.Trim() is "// end-snippet" or "# end-snippet" or "<!-- end-snippet -->");
        Assert.True(begin >= 0 && end > begin, $"The sample has no '{name}' snippet markers.");
        var lines = source[(begin + 1)..end];
        var indent = lines.Where(line => line.Length > 0).Min(line => line.Length - line.TrimStart().Length);
        return lines.Select(line => line.Length == 0 ? line : line[indent..]).ToArray();
    }
}
