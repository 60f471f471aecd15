using Markdig;

namespace Arshjul.Site.Markdown;

/// <summary>
/// The Markdig pipelines used for every content body. A pipeline is immutable once built and
/// safe to share between threads, so each variant is built once and handed out to all callers.
/// </summary>
public static class MarkdownPipelineFactory
{
    private static readonly Lazy<MarkdownPipeline> Safe = new(() => Build(allowRawHtml: false));
    private static readonly Lazy<MarkdownPipeline> Unsafe = new(() => Build(allowRawHtml: true));

    /// <summary>Returns the shared pipeline; raw HTML in a body is escaped unless <paramref name="allowRawHtml"/>.</summary>
    public static MarkdownPipeline Create(bool allowRawHtml) => allowRawHtml ? Unsafe.Value : Safe.Value;

    private static MarkdownPipeline Build(bool allowRawHtml)
    {
        // Deliberately not UseAdvancedExtensions(): it brings generic attributes, which would let
        // "{onclick=...}" in a body become a real attribute. Front matter is stripped by the
        // content loader before the body gets here, so no YAML extension either.
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UseEmphasisExtras()
            .UseTaskLists()
            .UseAutoLinks();

        if (!allowRawHtml)
        {
            builder.DisableHtml();
        }

        return builder.Build();
    }
}
