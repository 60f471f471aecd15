using System.Text;
using Arshjul.Site.Configuration;

namespace Arshjul.Site.Rendering.Feeds;

/// <summary>/robots.txt: everything may be crawled, and where the sitemap is.</summary>
public static class RobotsTxtRenderer
{
    public const string Path = "robots.txt";

    public static byte[] Render(SiteOptions options) =>
        Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\nSitemap: {options.AbsoluteUrl(SitemapRenderer.Path)}\n");
}
