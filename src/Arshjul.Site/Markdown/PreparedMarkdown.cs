namespace Arshjul.Site.Markdown;

/// <summary>
/// A body rendered to HTML once, with the parts that differ from page to page marked as slots: each link's URL
/// (relative to the page, or an in-page anchor that follows its heading) and each heading's id (unique on the
/// page). A page fills the slots in (<see cref="MarkdownHtmlRenderer.ToHtml(PreparedMarkdown, Func{string, string?}, Func{string, string}?)"/>),
/// which gives the bytes a render of the syntax tree would, for a fraction of the memory and time: a build keeps
/// every body of the site until its last page, and shows most of them on a page per language.
/// </summary>
/// <param name="Html">The body's HTML with every URL and heading id as written.</param>
/// <param name="Slots">Where the URLs and ids are in <paramref name="Html"/>, in order.</param>
/// <param name="HeadingIds">The headings' ids (unique within the body), in document order: a page claims them in this order.</param>
/// <param name="PlainText">The body as plain text, links as absolute URLs (<see cref="MarkdownPlainText"/>).</param>
/// <param name="Links">The body's links and images, for the link check.</param>
/// <param name="TooDeep">Markdig refused the body as nested too deeply; it renders as nothing.</param>
public sealed record PreparedMarkdown(
    string Html,
    IReadOnlyList<PreparedMarkdown.Slot> Slots,
    IReadOnlyList<string> HeadingIds,
    string PlainText,
    IReadOnlyList<MarkdownLink> Links,
    bool TooDeep)
{
    /// <summary>
    /// The syntax tree, kept only when the slots could not be found in the HTML exactly (a renderer that writes
    /// URLs in a way this does not know); pages then render the tree as before.
    /// </summary>
    public ParsedMarkdown? Tree { get; init; }

    /// <summary>A place in <see cref="Html"/> that a page fills in.</summary>
    /// <param name="Start">Where the escaped value starts.</param>
    /// <param name="Length">The length of the escaped value as written.</param>
    /// <param name="Value">The URL or id as written by the author (unescaped).</param>
    /// <param name="IsHeadingId">True for a heading's id attribute, false for a link's or image's URL.</param>
    public sealed record Slot(int Start, int Length, string Value, bool IsHeadingId);
}
