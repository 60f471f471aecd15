using Arshjul.Site.Configuration;
using Arshjul.Site.Model;
using Arshjul.Site.Output;

namespace Arshjul.Site.Rendering.Feeds;

/// <summary>
/// /sitemap.xml: every HTML page in every language with its alternates (hreflang and x-default),
/// except not-found pages and the root language chooser, which are not content.
/// </summary>
public static class SitemapRenderer
{
    public const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";
    public const string Path = "sitemap.xml";

    /// <summary>Whether a page at this site path belongs in the sitemap: not the root language chooser, not a not-found page.</summary>
    public static bool IsListed(string pagePath) =>
        pagePath.Length > 0 && !SitePaths.FileOf(pagePath).EndsWith("404.html", StringComparison.Ordinal);

    /// <param name="outputs">The outputs of the plan; those <see cref="PlannedOutput.InSitemap"/> are listed, by URL.</param>
    public static byte[] Render(SiteOptions options, IEnumerable<PlannedOutput> outputs)
    {
        var listed = outputs.Where(o => o.InSitemap).OrderBy(o => o.Url, StringComparer.Ordinal).ToList();
        return FeedXml.Write(writer =>
        {
            writer.WriteStartElement("urlset", SitemapNamespace);
            writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var page in listed)
            {
                writer.WriteStartElement("url", SitemapNamespace);
                writer.WriteElementString("loc", SitemapNamespace, options.AbsoluteUrl(page.Url));
                foreach (var lang in options.Languages)
                {
                    if (page.Alternates.TryGetValue(lang, out var path)) Alternate(writer, lang, options.AbsoluteUrl(path));
                }

                if (page.Alternates.TryGetValue(options.DefaultLanguage, out var fallback)) Alternate(writer, "x-default", options.AbsoluteUrl(fallback));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    private static void Alternate(System.Xml.XmlWriter writer, string hreflang, string href)
    {
        writer.WriteStartElement("xhtml", "link", XhtmlNamespace);
        writer.WriteAttributeString("rel", "alternate");
        writer.WriteAttributeString("hreflang", hreflang);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }
}
