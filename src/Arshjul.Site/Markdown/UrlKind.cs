namespace Arshjul.Site.Markdown;

/// <summary>Classifies link targets: in bodies, in front matter and in built pages. The one place that says what "external" means.</summary>
public static class UrlKind
{
    /// <summary>The schemes authors may link with (content model, "URLs written by authors").</summary>
    public static readonly IReadOnlyList<string> AuthorSchemes = ["http", "https", "mailto", "tel", "webcal"];

    /// <summary>
    /// True for URLs that leave the site and are never rewritten or checked as files: any URL with a scheme
    /// (http:, mailto:, tel:, webcal:, data: …) and protocol-relative ones (//host/…).
    /// </summary>
    public static bool IsExternal(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal)) return true;
        var colon = url.IndexOf(':');
        if (colon <= 0) return false;
        // A scheme is a letter then letters, digits, '+', '-' or '.', before any '/', '?' or '#'.
        var scheme = url.AsSpan(0, colon);
        return char.IsAsciiLetter(scheme[0]) && !scheme.ContainsAnyExcept(SchemeCharacters);
    }

    /// <summary>True for links this site must resolve itself: not external and not just a #fragment.</summary>
    public static bool IsLocal(string url) => url.Length > 0 && url[0] != '#' && !IsExternal(url);

    private static readonly System.Buffers.SearchValues<char> SchemeCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");

    /// <summary>
    /// The one check for every URL an author writes (front-matter keys and Markdown links and images):
    /// true for http:, https:, mailto:, tel:, webcal: and for URLs without a scheme (relative or site paths).
    /// </summary>
    public static bool IsAllowedForAuthors(string url) => SchemeOf(url) is not { } scheme || AuthorSchemes.Contains(scheme);

    /// <summary>
    /// The URL's scheme in lower case, read the way a browser reads it, or null when it has none.
    /// Browsers drop leading and trailing spaces and control characters and remove tabs and line
    /// breaks anywhere, so "  JaVa\tScript:" is a javascript: URL.
    /// </summary>
    public static string? SchemeOf(string url)
    {
        var seen = BrowserView(url);
        var colon = seen.IndexOf(':');
        if (colon <= 0) return null;
        var scheme = seen.AsSpan(0, colon);
        return char.IsAsciiLetter(scheme[0]) && !scheme.ContainsAnyExcept(SchemeCharacters) ? scheme.ToString().ToLowerInvariant() : null;
    }

    // The WHATWG URL parser's first steps: strip C0 controls and spaces at both ends, remove ASCII tab and newline.
    private static string BrowserView(string url)
    {
        var trimmed = url.AsSpan().Trim(C0ControlsAndSpace);
        return trimmed.ContainsAny('\t', '\n', '\r')
            ? string.Concat(trimmed.ToString().Split(['\t', '\n', '\r']))
            : trimmed.ToString();
    }

    private static readonly string C0ControlsAndSpace = new(Enumerable.Range(0, 0x21).Select(c => (char)c).ToArray());
}
