using System;
using System.Collections.Generic;
using System.IO;

namespace PocEngine.Cli.Output;

// The files a command reads and the outputs it has opened, by identity (device and inode, so through symbolic and hard
// links alike), so that no output is written over an input or over another output. Checked when each output is opened,
// before any work.
internal sealed class OutputGuard
{
    private readonly List<(FileEntry Entry, string Path, string What)> inputs = [];
    private readonly List<(FileEntry Entry, string FullPath, string What)> outputs = [];

    // A file the command reads (what: how a sentence names it, such as "the --input file"); anything but a regular file (a pipe,
    // a terminal, nothing) cannot be written over, and is not kept.
    public OutputGuard Reading(string? path, string what)
    {
        if (path is not null && FileEntry.Of(path, followLinks: true) is { Kind: FileEntryKind.Regular } entry)
        {
            inputs.Add((entry, path, what));
        }

        return this;
    }

    // Standard input, where it is a file the shell opened (poc calculate < cases.jsonl).
    public OutputGuard ReadingStandardInput() => OperatingSystem.IsWindows() ? this : Reading("/dev/stdin", "standard input,");

    // Every file under a folder the command reads (a rules folder).
    public OutputGuard ReadingFolder(string? folder, string what)
    {
        if (folder is not null && Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                Reading(file, $"a file of the {what} folder,");
            }
        }

        return this;
    }

    // Refuses (UsageException, exit 2) an output that is a file the command reads or an output already opened, then
    // keeps it among the outputs. target: what the path names once links are followed; fullPath: where it is.
    public void Claim(string path, string option, FileEntry target, string fullPath)
    {
        foreach (var (entry, inputPath, what) in inputs)
        {
            if (target.SameFileAs(entry))
            {
                throw new UsageException($"The {option} file '{path}' is {what} '{inputPath}' (the same file, by device and inode); poc never writes over what it reads, so write to another file.");
            }
        }

        if (target.IsSpecial)
        {
            // Two outputs may both go to /dev/null or a terminal; only files can be written over.
            return;
        }

        foreach (var (entry, outputPath, what) in outputs)
        {
            if (target.SameFileAs(entry) || string.Equals(fullPath, outputPath, StringComparison.Ordinal))
            {
                throw new UsageException($"The {option} file '{path}' is also the {what} file; give each output a file of its own.");
            }
        }

        outputs.Add((target, fullPath, option));
    }

    // Refuses standard output when it is a file the command reads (poc calculate --input cases.jsonl >> cases.jsonl).
    public void ClaimStandardOutput(TextWriter output)
    {
        if (ReferenceEquals(output, Console.Out) && !OperatingSystem.IsWindows())
        {
            var target = FileEntry.Of("/dev/stdout", followLinks: true);
            foreach (var (entry, inputPath, what) in inputs)
            {
                if (target.SameFileAs(entry))
                {
                    throw new UsageException($"Standard output is {what} '{inputPath}'; poc never writes over what it reads, so redirect the output to another file or use --output.");
                }
            }
        }
    }
}
