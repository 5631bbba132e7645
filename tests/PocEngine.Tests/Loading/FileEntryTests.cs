using System;
using System.Diagnostics;
using System.IO;
using PocEngine.Loading;
using Xunit;

namespace PocEngine.Tests.Loading;

// FileEntry reads what a path names without opening it: the loader and the tool's outputs depend on it to leave FIFOs
// and devices unopened and to tell when two paths are one file.
public sealed class FileEntryTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("poc-entry-").FullName;

    [Fact]
    public void Of_RegularFile_IsRegularWithItsLength()
    {
        var path = Path.Combine(folder, "a.yaml");
        File.WriteAllText(path, "12345");

        var entry = FileEntry.Of(path, followLinks: false);

        Assert.Equal(FileEntryKind.Regular, entry.Kind);
        Assert.Equal(5, entry.Length);
    }

    [Fact]
    public void Of_MissingPath_IsMissing()
    {
        Assert.Equal(FileEntryKind.Missing, FileEntry.Of(Path.Combine(folder, "none", "x.yaml"), followLinks: true).Kind);
    }

    [Fact]
    public void Of_Folder_IsDirectory()
    {
        Assert.Equal(FileEntryKind.Directory, FileEntry.Of(folder, followLinks: false).Kind);
    }

    [Fact]
    public void Of_SymbolicLink_IsALinkUnlessFollowed_AndFollowedIsTheSameFileAsItsTarget()
    {
        var target = Path.Combine(folder, "target.yaml");
        File.WriteAllText(target, "x");
        var link = Path.Combine(folder, "link.yaml");
        File.CreateSymbolicLink(link, target);

        Assert.Equal(FileEntryKind.SymbolicLink, FileEntry.Of(link, followLinks: false).Kind);
        var followed = FileEntry.Of(link, followLinks: true);
        Assert.Equal(FileEntryKind.Regular, followed.Kind);
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(followed.SameFileAs(FileEntry.Of(target, followLinks: true)));
            Assert.False(followed.SameFileAs(FileEntry.Of(folder, followLinks: true)));
        }
    }

    [Fact]
    public void Of_FolderDeletedAndCreatedAgain_HasAnotherIdentityEvenWithTheSameInode()
    {
        var path = Path.Combine(folder, "rules");
        Directory.CreateDirectory(path);
        var first = FileEntry.Of(path, followLinks: true);
        Directory.Delete(path);
        Directory.CreateDirectory(path);
        var second = FileEntry.Of(path, followLinks: true);

        // A file system may give the new folder the old one's inode; where it records birth times, they differ.
        Assert.True(first.Inode != second.Inode || (first.Born != 0 && first.Born != second.Born), $"inode {first.Inode}, born {first.Born} and {second.Born}");
    }

    [Fact]
    public void Of_HardLinkedNames_AreTheSameFile()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var first = Path.Combine(folder, "first.jsonl");
        File.WriteAllText(first, "{}");
        var second = Path.Combine(folder, "second.jsonl");
        Process.Start("ln", [first, second])!.WaitForExit();

        Assert.True(FileEntry.Of(first, followLinks: true).SameFileAs(FileEntry.Of(second, followLinks: true)));
    }

    [Fact]
    public void Of_FifoAndDevice_AreSpecialAndNotOpened()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Path.Combine(folder, "x.yaml");
        Process.Start("mkfifo", [fifo])!.WaitForExit();

        // Opening the FIFO would block this test forever: FileEntry must answer without opening it.
        var entry = FileEntry.Of(fifo, followLinks: false);

        Assert.Equal(FileEntryKind.Fifo, entry.Kind);
        Assert.True(entry.IsSpecial);
        Assert.Equal(FileEntryKind.CharacterDevice, FileEntry.Of("/dev/null", followLinks: true).Kind);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
