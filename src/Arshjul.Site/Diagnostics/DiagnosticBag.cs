using System.Collections.Concurrent;

namespace Arshjul.Site.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage (and every thread) so a build reports all problems at once.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private int _errorCount;

    public bool HasErrors => Volatile.Read(ref _errorCount) > 0;

    public int ErrorCount => Volatile.Read(ref _errorCount);

    /// <summary>True when nothing at all was reported, not even a warning.</summary>
    public bool IsEmpty => _items.IsEmpty;

    public void Add(Diagnostic diagnostic)
    {
        _items.Enqueue(diagnostic);
        if (diagnostic.IsError)
        {
            Interlocked.Increment(ref _errorCount);
        }
    }

    public void Error(string code, SourceLocation at, string message, string? hint = null) =>
        Add(Diagnostic.Error(code, at, message, hint));

    public void Warning(string code, SourceLocation at, string message, string? hint = null) =>
        Add(Diagnostic.Warning(code, at, message, hint));

    /// <summary>Sorted by path, line, column and code, and without exact repeats, so output is stable across threads.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items.Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
