using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PocEngine.Loading;

// What a rule set folder holds: its rule files (*.yaml and *.yml, the rule tests under tests/ aside), each a regular
// file inside the folder, listed with their sizes before any is opened. A named pipe, device or socket with a rule
// file's name is reported, never opened (opening a FIFO waits for a writer for ever); a symbolic link is followed only
// to a regular file inside the folder, and a link that loops, leads out of the folder or to a folder is reported.
// Entries whose names begin with a dot (.git, editors' swap files, poc import's work folders) are not rule files.
internal static class RuleFolder
{
    private const int MaxDepth = 16;

    public sealed record File(string FullPath, string RelativePath, long Length);

    public static List<File> List(string directory, RuleSetLoadOptions options, DiagnosticBag diagnostics)
    {
        var files = new List<File>();
        var root = FileEntry.RealPath(directory, out _) ?? Path.GetFullPath(directory);
        Visit(root, root, string.Empty, 1, files, options, diagnostics);
        return files;
    }

    public static bool IsRuleFileName(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static void Visit(string root, string folder, string prefix, int depth, List<File> files, RuleSetLoadOptions options, DiagnosticBag diagnostics)
    {
        var entries = Directory.EnumerateFileSystemEntries(folder).Select(e => (Full: e, Name: Path.GetFileName(e))).OrderBy(e => e.Name, StringComparer.Ordinal);
        foreach (var (full, name) in entries)
        {
            var relative = prefix + name;
            if (name.StartsWith('.') || RuleFileFormat.IsTestFile(relative + "/"))
            {
                continue;
            }

            var entry = FileEntry.Of(full, followLinks: false);
            switch (entry.Kind)
            {
                case FileEntryKind.Directory when depth >= MaxDepth:
                    diagnostics.Error(DiagnosticCodes.NotARegularFile, relative, 0, 0, FormattableString.Invariant($"The folder is nested {depth} levels deep in the rule set folder; rule files lie at most {MaxDepth - 1} folders down, so it was not read."));
                    break;
                case FileEntryKind.Directory:
                    Visit(root, full, relative + "/", depth + 1, files, options, diagnostics);
                    break;
                case FileEntryKind.Regular when IsRuleFileName(name):
                    Add(files, new File(full, relative, entry.Length), options, diagnostics);
                    break;
                case FileEntryKind.SymbolicLink:
                    Link(root, full, relative, name, files, options, diagnostics);
                    break;
                case FileEntryKind.Fifo or FileEntryKind.CharacterDevice or FileEntryKind.BlockDevice or FileEntryKind.Socket when IsRuleFileName(name):
                    diagnostics.Error(DiagnosticCodes.NotARegularFile, relative, 0, 0, $"The rule file is {FileEntry.Describe(entry.Kind)}, not a regular file, so it was not opened; rule files must be regular files.");
                    break;
            }
        }
    }

    private static void Link(string root, string full, string relative, string name, List<File> files, RuleSetLoadOptions options, DiagnosticBag diagnostics)
    {
        var target = FileEntry.RealPath(full, out var problem);
        if (target is null)
        {
            // A link that leads nowhere is only a rule file's problem; a loop is reported whatever its name, as it
            // could have been meant for a folder.
            if (IsRuleFileName(name) || problem!.Contains("loops", StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.NotARegularFile, relative, 0, 0, $"The entry cannot be read: {problem}. Point it at a rule file inside the rule set folder, or remove it.");
            }

            return;
        }

        var kind = FileEntry.Of(target, followLinks: true);
        var inside = target.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (kind.Kind == FileEntryKind.Directory)
        {
            diagnostics.Error(DiagnosticCodes.NotARegularFile, relative, 0, 0, $"The entry is a symbolic link to the folder '{target}', which is not followed: a rule set's folders must be real folders inside it (link the whole rule set folder instead).");
            return;
        }

        if (!IsRuleFileName(name))
        {
            return;
        }

        if (!inside)
        {
            diagnostics.Error(DiagnosticCodes.NotARegularFile, relative, 0, 0, $"The rule file is a symbolic link to '{target}', outside the rule set folder, so it was not read; keep every rule file inside the folder.");
        }
        else if (kind.Kind != FileEntryKind.Regular)
        {
            diagnostics.Error(DiagnosticCodes.NotARegularFile, relative, 0, 0, $"The rule file is a symbolic link to {FileEntry.Describe(kind.Kind)}, not a regular file, so it was not opened; rule files must be regular files.");
        }
        else
        {
            Add(files, new File(full, relative, kind.Length), options, diagnostics);
        }
    }

    private static void Add(List<File> files, File file, RuleSetLoadOptions options, DiagnosticBag diagnostics)
    {
        if (files.Count == options.MaxFiles)
        {
            diagnostics.Error(DiagnosticCodes.TooLarge, ".", 0, 0, FormattableString.Invariant($"The rule set folder holds more than {options.MaxFiles} YAML files, the limit set in RuleSetLoadOptions.MaxFiles."));
            throw new LoadStoppedException();
        }

        files.Add(file);
    }
}
