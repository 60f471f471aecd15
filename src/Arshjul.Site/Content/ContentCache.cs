using System.Collections.Concurrent;
using YamlDotNet.RepresentationModel;

namespace Arshjul.Site.Content;

/// <summary>
/// Parsed content files kept between builds of a running dev server: a file whose size and
/// modification time are unchanged is not read or parsed again. Only files that parsed without any
/// diagnostic, and were not written just before being read, are kept, so a cached file never hides
/// a problem or a later save. Safe to use from several threads.
/// </summary>
public sealed class ContentCache
{
    /// <summary>
    /// How long ago a file must have been written to be kept. The file system's clock ticks in milliseconds, so a
    /// file written again at once can keep its size and time with new content: only a file older than this is
    /// trusted by its size and time (git does the same with "racily clean" files).
    /// </summary>
    internal static readonly TimeSpan SettledAfter = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    internal bool TryGet(string fullPath, FileInfo info, out Entry entry) =>
        _entries.TryGetValue(fullPath, out entry!) && entry.Length == info.Length && entry.LastWriteUtc == info.LastWriteTimeUtc;

    internal void Put(string fullPath, Entry entry)
    {
        if (DateTime.UtcNow - entry.LastWriteUtc < SettledAfter)
        {
            _entries.TryRemove(fullPath, out _);
            return;
        }

        _entries[fullPath] = entry;
    }

    /// <summary>What a file parsed into: its front matter's YAML (positions kept) and its body.</summary>
    internal sealed record Entry(long Length, DateTime LastWriteUtc, YamlMappingNode FrontMatter, string Body, int BodyLine);
}
