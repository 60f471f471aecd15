using System.Runtime.InteropServices;

namespace Arshjul.Site.Output;

/// <summary>
/// The two file-system calls .NET does not offer: an atomic exchange of two folders and a hard link.
/// Both answer false when the platform or the file system cannot do it, so callers fall back.
/// </summary>
internal static class NativeFiles
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    /// <summary>Swaps two paths in one step (Linux renameat2 with RENAME_EXCHANGE): no moment where either is missing.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable(TestHold.NoExchangeVariable) is { Length: > 0 }) return false;
        try
        {
            return renameat2(AtCurrentDirectory, first, AtCurrentDirectory, second, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    /// <summary>A second name for an existing file (or symlink, which is linked as itself, not followed).</summary>
    public static bool TryHardLink(string existing, string newPath)
    {
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            return link(existing, newPath) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);
}
