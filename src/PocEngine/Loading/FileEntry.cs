using System;
using System.IO;
using System.Runtime.InteropServices;

// The tool compiles this same source into its own namespace (POC_TOOL), so that a test project that sees both
// assemblies' internals finds one type of each name.
#if POC_TOOL
namespace PocEngine.Cli.Output;
#else
namespace PocEngine.Loading;
#endif

// What a path names in the file system, read without opening it: a regular file, a folder, a symbolic link, or a
// special file (a FIFO, a device or a socket), with the device and inode that identify it. Opening a FIFO blocks until
// a writer comes, and reading a device may never end, so the loader and the tool's outputs ask here first. .NET has no
// managed API for the kind of a special file (FileAttributes says only "not a folder"), so on Linux this is statx(2),
// whose structure is the same on every architecture, and on macOS lstat(2)/stat(2); on Windows every entry that is not
// a folder or a reparse point is a regular file. This source is compiled into the library and, linked, into the tool.
internal enum FileEntryKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
}

internal readonly struct FileEntry
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7ff;
    private const int ENOENT = 2;
    private const int ENOTDIR = 20;

    private FileEntry(FileEntryKind kind, ulong device, ulong inode, long length)
    {
        Kind = kind;
        Device = device;
        Inode = inode;
        Length = length;
    }

    public FileEntryKind Kind { get; }

    // The device and inode together identify a file however it is reached (through links or other names); both are 0
    // where the platform does not give them (Windows).
    public ulong Device { get; }

    public ulong Inode { get; }

    public long Length { get; }

    public bool HasIdentity => Device != 0 || Inode != 0;

    public bool IsSpecial => Kind is FileEntryKind.Fifo or FileEntryKind.CharacterDevice or FileEntryKind.BlockDevice or FileEntryKind.Socket;

    // The entry itself (a link is reported as a link) or, with followLinks, what the path finally names.
    public static FileEntry Of(string path, bool followLinks)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            return Linux(path, followLinks);
        }

        if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX) || RuntimeInformation.IsOSPlatform(OSPlatform.Create("FREEBSD")))
        {
            return Darwin(path, followLinks);
        }

        return Managed(path, followLinks);
    }

    public bool SameFileAs(FileEntry other) => HasIdentity && Kind != FileEntryKind.Missing && Device == other.Device && Inode == other.Inode;

    public static string Describe(FileEntryKind kind) => kind switch
    {
        FileEntryKind.Fifo => "a named pipe (FIFO)",
        FileEntryKind.CharacterDevice => "a character device",
        FileEntryKind.BlockDevice => "a block device",
        FileEntryKind.Socket => "a socket",
        FileEntryKind.SymbolicLink => "a symbolic link",
        FileEntryKind.Directory => "a folder",
        FileEntryKind.Missing => "missing",
        _ => "a regular file",
    };

    private static FileEntryKind KindOfMode(int mode) => (mode & 0xF000) switch
    {
        0x8000 => FileEntryKind.Regular,
        0x4000 => FileEntryKind.Directory,
        0xA000 => FileEntryKind.SymbolicLink,
        0x1000 => FileEntryKind.Fifo,
        0x2000 => FileEntryKind.CharacterDevice,
        0x6000 => FileEntryKind.BlockDevice,
        0xC000 => FileEntryKind.Socket,
        _ => FileEntryKind.Regular,
    };

    private static FileEntry Linux(string path, bool followLinks)
    {
        // struct statx is 256 bytes: stx_mode (u16) at 28, stx_ino (u64) at 32, stx_size (u64) at 40,
        // stx_dev_major and stx_dev_minor (u32) at 136 and 140.
        var buffer = new byte[256];
        int result;
        try
        {
            result = Statx(AtFdCwd, NullTerminated(path), followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, buffer);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return Managed(path, followLinks);
        }

        if (result != 0)
        {
            var errno = Marshal.GetLastWin32Error();
            return errno is ENOENT or ENOTDIR ? default : throw new IOException($"The file system entry '{path}' could not be examined (error {errno}).");
        }

        var mode = BitConverter.ToUInt16(buffer, 28);
        var inode = BitConverter.ToUInt64(buffer, 32);
        var size = BitConverter.ToUInt64(buffer, 40);
        var device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
        return new FileEntry(KindOfMode(mode), device, inode, (long)Math.Min(size, long.MaxValue));
    }

    private static FileEntry Darwin(string path, bool followLinks)
    {
        // struct stat (64-bit inodes): st_dev (i32) at 0, st_mode (u16) at 4, st_ino (u64) at 8, st_size (i64) at 96.
        var buffer = new byte[256];
        int result;
        try
        {
            result = followLinks ? DarwinStat(NullTerminated(path), buffer) : DarwinLstat(NullTerminated(path), buffer);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return Managed(path, followLinks);
        }

        if (result != 0)
        {
            var errno = Marshal.GetLastWin32Error();
            return errno is ENOENT or ENOTDIR ? default : throw new IOException($"The file system entry '{path}' could not be examined (error {errno}).");
        }

        var mode = BitConverter.ToUInt16(buffer, 4);
        return new FileEntry(KindOfMode(mode), (uint)BitConverter.ToInt32(buffer, 0), BitConverter.ToUInt64(buffer, 8), BitConverter.ToInt64(buffer, 96));
    }

    // Windows has no FIFOs or devices in its folders: an entry is a folder, a reparse point (a link) or a file.
    private static FileEntry Managed(string path, bool followLinks)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path))
        {
            return default;
        }

        var attributes = info.Attributes;
        if (!followLinks && (attributes & FileAttributes.ReparsePoint) != 0)
        {
            return new FileEntry(FileEntryKind.SymbolicLink, 0, 0, 0);
        }

        return (attributes & FileAttributes.Directory) != 0
            ? new FileEntry(FileEntryKind.Directory, 0, 0, 0)
            : new FileEntry(FileEntryKind.Regular, 0, 0, info.Length);
    }

    // The path as the C functions take it: UTF-8, ended by a zero byte.
    private static byte[] NullTerminated(string path)
    {
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(path) + 1];
        System.Text.Encoding.UTF8.GetBytes(path, 0, path.Length, bytes, 0);
        return bytes;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int DarwinStat(byte[] path, byte[] buffer);

    [DllImport("libc", EntryPoint = "lstat", SetLastError = true)]
    private static extern int DarwinLstat(byte[] path, byte[] buffer);
}
