using System.Collections.Concurrent;

namespace Arshjul.Site.Output;

/// <summary>Keeps every file in memory: for `check`, for tests, and for the link check before writing.</summary>
public sealed class MemoryOutput : IOutputSink
{
    private readonly ConcurrentBag<OutputFile> _files = [];

    public void Add(OutputFile file) => _files.Add(file);

    /// <summary>The files in path order, so results do not depend on which thread finished first.</summary>
    public IReadOnlyList<OutputFile> Files => _files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
}
