namespace Arshjul.Site.Rendering.Templates;

/// <summary>
/// HTML that a template writes as it is, without escaping: rendered Markdown, the output of
/// <c>include</c> (already escaped while it was rendered) and values passed through <c>raw</c>.
/// Everything else a template writes is escaped.
/// </summary>
public sealed record TrustedHtml(string Html)
{
    public static TrustedHtml Empty { get; } = new(string.Empty);

    public override string ToString() => Html;
}
