using Arshjul.Site.Configuration;
using Arshjul.Site.Model;

namespace Arshjul.Site.Calendar;

/// <summary>
/// webcal:// links, which calendar apps open as a subscription rather than a one-off import.
/// The scheme replaces http(s); webcal has no TLS variant, and clients fetch it over HTTPS where the server offers it.
/// </summary>
public static class WebcalLink
{
    /// <summary>"https://example.org/sv/calendar.ics" → "webcal://example.org/sv/calendar.ics".</summary>
    public static string For(string absoluteUrl)
    {
        ArgumentNullException.ThrowIfNull(absoluteUrl);
        var uri = new Uri(absoluteUrl, UriKind.Absolute);
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"A webcal link needs an http or https address, not '{absoluteUrl}'.", nameof(absoluteUrl));
        }

        return "webcal://" + absoluteUrl[(uri.Scheme.Length + "://".Length)..];
    }

    /// <summary>The subscription link of a language's feed, /&lt;lang&gt;/calendar.ics.</summary>
    public static string ForFeed(SiteOptions options, string language)
    {
        ArgumentNullException.ThrowIfNull(options);
        return For(options.AbsoluteUrl(SitePaths.Calendar(language)));
    }
}
