using System.Runtime.InteropServices;

namespace Arshjul.Site.Content;

/// <summary>
/// The type and size of a path, from the file system's metadata only. .NET reports a named pipe
/// or a device as an ordinary file, and opening a pipe blocks until a writer comes, so on Linux
/// this asks statx(2), whose record has the same layout on every architecture.
/// </summary>
internal static class FileStatus
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;
    private const int ModeOffset = 28;
    private const int SizeOffset = 40;
    private const int ENoEnt = 2;
    private const int EAcces = 13;
    private const int ENotDir = 20;
    private const int ELoop = 40;

    private static bool _statxMissing;

    public static (FileKind Kind, long Size) Of(string path, bool followLinks)
    {
        if (OperatingSystem.IsLinux() && !Volatile.Read(ref _statxMissing))
        {
            try
            {
                return Statx(path, followLinks);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                Volatile.Write(ref _statxMissing, true);
            }
        }

        return Managed(path, followLinks);
    }

    private static (FileKind, long) Statx(string path, bool followLinks)
    {
        var buffer = new byte[256];
        if (statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType | StatxSize, buffer) != 0)
        {
            return Marshal.GetLastPInvokeError() switch
            {
                ENoEnt or ENotDir => (FileKind.Missing, 0),
                ELoop => (FileKind.Loop, 0),
                EAcces => (FileKind.Inaccessible, 0),
                _ => (FileKind.Inaccessible, 0),
            };
        }

        var mode = BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000;
        var size = BitConverter.ToInt64(buffer, SizeOffset);
        var kind = mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            _ => FileKind.Special,
        };
        return (kind, size);
    }

    /// <summary>Elsewhere .NET's own view: it cannot tell pipes and devices from files.</summary>
    private static (FileKind, long) Managed(string path, bool followLinks)
    {
        try
        {
            FileSystemInfo info = new FileInfo(path);
            if (!info.Exists && !Directory.Exists(path) && info.LinkTarget is null) return (FileKind.Missing, 0);
            if (info.LinkTarget is not null)
            {
                if (!followLinks) return (FileKind.SymbolicLink, 0);
                info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            }

            if (info.Attributes.HasFlag(FileAttributes.Directory)) return (FileKind.Directory, 0);
            return info.Exists ? (FileKind.Regular, ((FileInfo)info).Length) : (FileKind.Missing, 0);
        }
        catch (IOException)
        {
            return (FileKind.Loop, 0);
        }
        catch (UnauthorizedAccessException)
        {
            return (FileKind.Inaccessible, 0);
        }
    }

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int statx(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);
}
