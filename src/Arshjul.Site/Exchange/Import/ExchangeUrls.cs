namespace Arshjul.Site.Exchange.Import;

/// <summary>Links in an imported schedule made absolute against its base URL (both formats allow relative ones).</summary>
public static class ExchangeUrls
{
    /// <summary>The URL as written when absolute; else resolved against <paramref name="baseUrl"/>; null when it cannot be (no base, or not a URL).</summary>
    public static string? Absolute(string? url, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        url = url.Trim();
        if (!url.StartsWith('/') && Uri.TryCreate(url, UriKind.Absolute, out var absolute) && !absolute.IsFile) return absolute.AbsoluteUri == url ? url : absolute.OriginalString;
        if (baseUrl is null) return null;
        return Uri.TryCreate(baseUrl, url, out var resolved) ? resolved.AbsoluteUri : null;
    }

    /// <summary>An absolute http(s) base URL, or null.</summary>
    public static Uri? Base(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
}
