namespace Arshjul.Site.Markdown;

/// <summary>Classifies link targets: in bodies, in front matter and in built pages. The one place that says what "external" means.</summary>
public static class UrlKind
{
    private static readonly string[] ScriptableSchemes = ["javascript:", "vbscript:", "data:"];

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

    /// <summary>True for URLs that can run script when followed.</summary>
    public static bool IsScriptable(string url)
    {
        // Browsers ignore leading whitespace and control characters before the scheme.
        var trimmed = url.TrimStart(' ', '\t', '\n', '\r', '\f', '\0');
        return StartsWithAny(trimmed, ScriptableSchemes);
    }

    private static bool StartsWithAny(string url, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (url.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
