namespace Arshjul.Site.Content;

/// <summary>A content file split into its front matter and Markdown body.</summary>
/// <param name="Data">The front matter's top-level mapping (empty when the front matter is empty).</param>
/// <param name="Body">The Markdown after the closing '---'.</param>
/// <param name="BodyLine">The file line on which the body starts (1-based).</param>
public sealed record FrontMatter(YamlObject Data, string Body, int BodyLine);
