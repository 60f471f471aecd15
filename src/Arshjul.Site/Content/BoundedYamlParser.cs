using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Arshjul.Site.Content;

/// <summary>
/// Passes the parser's events on to the loader while bounding the work a small file can cause:
/// collections nested deeper than <see cref="MaxDepth"/> (the loader recurses, so 50,000 '[' would
/// overflow the stack), and aliases that expand to more than <see cref="MaxAliasNodes"/> values in all
/// (a "billion laughs" file of 1 KB stands for 10^9 values, which every reader after would walk).
/// It stops at the event that passes a limit, so the error points at that place.
/// </summary>
internal sealed class BoundedYamlParser(IParser inner) : IParser
{
    /// <summary>A programme needs about a dozen levels (schedule, entry, items, entry, speakers, …).</summary>
    public const int MaxDepth = 64;

    /// <summary>Values reached through aliases in one file; reusing a list of speakers a hundred times is far below.</summary>
    public const int MaxAliasNodes = 10_000;

    private readonly Dictionary<string, (long Size, int Height)> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _open = new();
    private long _count;
    private long _aliasNodes;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        switch (inner.Current)
        {
            case AnchorAlias alias:
                var (size, height) = _anchors.GetValueOrDefault(alias.Value.Value, (1, 0));
                _aliasNodes += size;
                _count += size;
                if (_aliasNodes > MaxAliasNodes)
                {
                    throw new YamlLimitException(alias.Start,
                        $"The alias '*{alias.Value.Value}' makes the front matter too large: its aliases stand for more than {MaxAliasNodes:N0} values in all.",
                        "Write the values out, or use fewer aliases ('*name') of large groups.");
                }

                Reach(_open.Count + height, alias.Start);
                break;
            case NodeEvent node and (MappingStart or SequenceStart):
                _count++;
                _open.Push(new Frame(node.Anchor.IsEmpty ? null : node.Anchor.Value, _count, _open.Count + 1));
                Reach(_open.Count, node.Start);
                break;
            case Scalar scalar:
                _count++;
                if (!scalar.Anchor.IsEmpty) _anchors[scalar.Anchor.Value] = (1, 0);
                break;
            case MappingEnd or SequenceEnd when _open.Count > 0:
                var frame = _open.Pop();
                if (frame.Anchor is not null) _anchors[frame.Anchor] = (_count - frame.CountAtStart + 1, frame.Deepest - frame.Depth + 1);
                if (_open.TryPeek(out var parent)) parent.Deepest = Math.Max(parent.Deepest, frame.Deepest);
                break;
        }

        return true;
    }

    /// <summary>Notes that the open collection reaches this depth, directly or through an alias.</summary>
    private void Reach(int depth, Mark at)
    {
        if (_open.TryPeek(out var top)) top.Deepest = Math.Max(top.Deepest, depth);
        if (depth <= MaxDepth) return;
        throw new YamlLimitException(at,
            $"The front matter is nested more than {MaxDepth} levels deep here.",
            "Check for a '[' or '{' that is never closed, or lines indented further and further; a programme needs only a few levels.");
    }

    /// <summary>An open collection: its anchor, the value count where it began, its depth and the deepest level inside it.</summary>
    private sealed class Frame(string? anchor, long countAtStart, int depth)
    {
        public string? Anchor { get; } = anchor;

        public long CountAtStart { get; } = countAtStart;

        public int Depth { get; } = depth;

        public int Deepest { get; set; } = depth;
    }
}
