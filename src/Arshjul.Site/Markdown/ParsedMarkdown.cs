using Markdig;
using Markdig.Syntax;

namespace Arshjul.Site.Markdown;

/// <summary>
/// A body parsed once. The AST is only read after parsing, so it can be rendered many times
/// (per reader language, per page) and from several threads.
/// </summary>
/// <param name="Document">The Markdig syntax tree.</param>
/// <param name="Pipeline">The pipeline that parsed it; rendering must use the same one so the
/// extensions' renderers (tables, task lists) are installed.</param>
/// <param name="SourcePath">The content file the body came from, for diagnostics.</param>
/// <param name="BodyStartLine">1-based line in <paramref name="SourcePath"/> of the body's first
/// line (after the front matter); Markdig's lines are 0-based within the body.</param>
public sealed record ParsedMarkdown(MarkdownDocument Document, MarkdownPipeline Pipeline, string SourcePath, int BodyStartLine)
{
    /// <summary>True when Markdig refused the body as nested too deeply; <see cref="Document"/> is then empty.</summary>
    public bool TooDeep { get; init; }

    /// <summary>Maps a Markdig 0-based body line to a 1-based line of the source file.</summary>
    public int ToFileLine(int bodyLine) => BodyStartLine + bodyLine;
}
