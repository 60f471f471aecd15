using Arshjul.Site.Configuration;
using Arshjul.Site.Model;
using Arshjul.Site.Rendering;

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

    public static bool IsListed(PageJob job) =>
        job.Path.Length > 0 && !SitePaths.FileOf(job.Path).EndsWith("404.html", StringComparison.Ordinal);

    public static byte[] Render(SiteOptions options, IEnumerable<PageJob> jobs)
    {
        var listed = jobs.Where(IsListed).OrderBy(j => j.Path, StringComparer.Ordinal).ToList();
        return FeedXml.Write(writer =>
        {
            writer.WriteStartElement("urlset", SitemapNamespace);
            writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var job in listed)
            {
                writer.WriteStartElement("url", SitemapNamespace);
                writer.WriteElementString("loc", SitemapNamespace, options.AbsoluteUrl(job.Path));
                foreach (var lang in options.Languages)
                {
                    if (job.Alternates.TryGetValue(lang, out var path)) Alternate(writer, lang, options.AbsoluteUrl(path));
                }

                if (job.Alternates.TryGetValue(options.DefaultLanguage, out var fallback)) Alternate(writer, "x-default", options.AbsoluteUrl(fallback));
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
