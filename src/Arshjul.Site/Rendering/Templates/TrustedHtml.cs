namespace Arshjul.Site.Rendering.Templates;

/// <summary>
/// HTML that a template writes as it is, without escaping: rendered Markdown, the output of
/// <c>include</c> (already escaped while it was rendered) and values passed through <c>raw</c>.
/// Everything else a template writes is escaped.
/// </summary>
public sealed record TrustedHtml(string Html)
{
    public static TrustedHtml Empty { get; } = new(string.Empty);

    /// <summary>A place holder for an event's fragment that the page is cut at afterwards (<see cref="EventFragments"/>).</summary>
    internal bool IsFragmentMarker { get; init; }

    public override string ToString() => Html;
}
