using System.Collections.Concurrent;
using YamlDotNet.RepresentationModel;

namespace Arshjul.Site.Content;

/// <summary>
/// Parsed content files kept between builds of a running dev server: a file whose size and
/// modification time are unchanged is not read or parsed again. Only files that parsed without any
/// diagnostic are kept, so a cached file never hides a problem. Safe to use from several threads.
/// </summary>
public sealed class ContentCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    internal bool TryGet(string fullPath, FileInfo info, out Entry entry) =>
        _entries.TryGetValue(fullPath, out entry!) && entry.Length == info.Length && entry.LastWriteUtc == info.LastWriteTimeUtc;

    internal void Put(string fullPath, Entry entry) => _entries[fullPath] = entry;

    /// <summary>What a file parsed into: its front matter's YAML (positions kept) and its body.</summary>
    internal sealed record Entry(long Length, DateTime LastWriteUtc, YamlMappingNode FrontMatter, string Body, int BodyLine);
}
