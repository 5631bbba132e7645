using System;
using System.IO;

namespace PocEngine.Tests.Support;

// A throw-away rules folder: a copy of the default rules with one file replaced or added, or an in-memory rule set
// written out.
internal sealed class TempRules : IDisposable
{
    private TempRules() => Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "poc-rules-" + Guid.NewGuid().ToString("N"));

    public string Path { get; }

    public static TempRules CopyOfDefaultWith(string relativePath, string text)
    {
        var folder = new TempRules();
        foreach (var file in Directory.EnumerateFiles(Repository.Rules, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(folder.Path, System.IO.Path.GetRelativePath(Repository.Rules, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        folder.Write(relativePath, text);
        return folder;
    }

    // A folder holding exactly the files of an in-memory rule set, for tests of what loading from disk adds.
    public static TempRules Of(Yaml yaml)
    {
        var folder = new TempRules();
        foreach (var (relative, text) in yaml.Files)
        {
            folder.Write(relative, text);
        }

        return folder;
    }

    // Writes (or replaces) one file and returns its full path.
    public string Write(string relativePath, string text)
    {
        var target = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text);
        return target;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
