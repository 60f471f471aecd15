using System.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace Arshjul.Site.Bench.Runs;

/// <summary>
/// The floor under any build: writing the same files — same paths, same sizes, same folder tree — from
/// buffers made in advance, with no parsing or templating, in parallel over 2 cores. A build can
/// only approach it; the ratio says how much of a build is more than writing.
/// </summary>
public static class WriteFloor
{
    public const int Parallelism = 2;

    public static TimeSpan Measure(OutputStats layout, string target)
    {
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);

        // One shared buffer, sliced per file: the bytes are ready before the clock starts.
        var buffer = new byte[layout.Files.Count == 0 ? 0 : layout.Files.Max(f => f.Length)];
        Array.Fill(buffer, (byte)'x');
        var folders = layout.Files.Select(f => Path.GetDirectoryName(Path.Combine(target, f.Path))!).Distinct(StringComparer.Ordinal).ToList();
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(target);
        foreach (var folder in folders) Directory.CreateDirectory(folder);
        Parallel.ForEach(layout.Files, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, file =>
        {
            // What File.WriteAllBytes does, without copying a slice into a new array first.
            using SafeFileHandle handle = File.OpenHandle(Path.Combine(target, file.Path), FileMode.Create, FileAccess.Write, FileShare.Read);
            RandomAccess.Write(handle, buffer.AsSpan(0, (int)file.Length), 0);
        });
        clock.Stop();
        return clock.Elapsed;
    }
}
