using System;
using System.IO;

namespace PocEngine.Tests.Support;

// A throw-away copy of the default rules folder with one file replaced or added.
internal sealed class TempRules : IDisposable
{
    private TempRules(string path) => Path = path;

    public string Path { get; }

    public static TempRules CopyOfDefaultWith(string relativePath, string text)
    {
        var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "poc-rules-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(Repository.Rules, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(root, System.IO.Path.GetRelativePath(Repository.Rules, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var replaced = System.IO.Path.Combine(root, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(replaced)!);
        File.WriteAllText(replaced, text);
        return new TempRules(root);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
