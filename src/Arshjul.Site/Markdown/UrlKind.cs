namespace Arshjul.Site.Markdown;

/// <summary>Classifies link targets found in bodies.</summary>
public static class UrlKind
{
    private static readonly string[] ExternalSchemes = ["http:", "https:", "mailto:"];
    private static readonly string[] ScriptableSchemes = ["javascript:", "vbscript:", "data:"];

    /// <summary>True for URLs that leave the site and are never rewritten.</summary>
    public static bool IsExternal(string url) => StartsWithAny(url, ExternalSchemes);

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
