using System.Xml;
using Arshjul.Site.Markdown;
using Arshjul.Site.Model;
using Arshjul.Site.Rendering;

namespace Arshjul.Site.Rendering.Feeds;

/// <summary>
/// The Atom feed of one language (/&lt;lang&gt;/feed.xml): every article and every event, newest
/// first. Dates come from the content, never the clock, so an unchanged site gives the same bytes.
/// </summary>
public static class AtomFeedRenderer
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>The feed's updated date when it has no entries: fixed, so the output stays reproducible.</summary>
    public static readonly DateTimeOffset EmptyFeedUpdated = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const int SummaryLength = 300;

    /// <param name="plainText">Markdown to plain text, for entries without a summary.</param>
    public static byte[] Render(SiteModel site, string lang, Func<MarkdownText, string> plainText) =>
        Render(site.Options.TitleIn(lang), site.Options.AbsoluteUrl(SitePaths.Feed(lang)), site.Options.AbsoluteUrl(SitePaths.Home(lang)), lang, Entries(site, lang, plainText));

    public static byte[] Render(string title, string feedUrl, string homeUrl, string lang, IEnumerable<AtomEntry> entries)
    {
        var ordered = entries
            .OrderByDescending(e => e.Updated.UtcDateTime)
            .ThenBy(e => e.Url, StringComparer.Ordinal)
            .ToList();
        var updated = ordered.Count == 0 ? EmptyFeedUpdated : ordered.Max(e => e.Updated);
        return FeedXml.Write(writer =>
        {
            writer.WriteStartElement("feed", AtomNamespace);
            writer.WriteAttributeString("xml", "lang", FeedXml.XmlNamespace, lang);
            writer.WriteElementString("title", AtomNamespace, FeedXml.Clean(title));
            writer.WriteElementString("id", AtomNamespace, feedUrl);
            writer.WriteElementString("updated", AtomNamespace, FeedXml.Date(updated));
            Link(writer, "self", "application/atom+xml", feedUrl);
            Link(writer, "alternate", "text/html", homeUrl);
            // Atom requires an author for a feed whose entries have none: the site speaks for itself.
            writer.WriteStartElement("author", AtomNamespace);
            writer.WriteElementString("name", AtomNamespace, FeedXml.Clean(title));
            writer.WriteElementString("uri", AtomNamespace, homeUrl);
            writer.WriteEndElement();
            foreach (var entry in ordered) Entry(writer, entry);
            writer.WriteEndElement();
        });
    }

    /// <summary>The site's articles (dated 00:00 of the file name's date in the site's zone) and events (dated at their start).</summary>
    public static IEnumerable<AtomEntry> Entries(SiteModel site, string lang, Func<MarkdownText, string> plainText)
    {
        var options = site.Options;
        foreach (var article in site.Articles)
        {
            var text = article.Text.In(lang);
            yield return new AtomEntry(
                options.AbsoluteUrl(SitePaths.Article(lang, article)),
                text.Value.Title,
                Summary(text.Value.Summary, text.Value.Body, plainText),
                text.ContentLanguage,
                FeedXml.At(article.Date.ToDateTime(TimeOnly.MinValue), options.TimeZone));
        }

        foreach (var ev in site.Events)
        {
            var text = ev.Text.In(lang);
            yield return new AtomEntry(
                options.AbsoluteUrl(SitePaths.Event(lang, ev)),
                text.Value.Title,
                Summary(text.Value.Summary, text.Value.Body, plainText),
                text.ContentLanguage,
                FeedXml.At(ev.Start.ToDateTime(), ev.TimeZone));
        }
    }

    private static string? Summary(string? summary, MarkdownText? body, Func<MarkdownText, string> plainText)
    {
        if (!string.IsNullOrWhiteSpace(summary)) return summary;
        if (body is null || body.IsEmpty) return null;
        var excerpt = MarkdownPlainText.Excerpt(plainText(body), SummaryLength);
        return excerpt.Length == 0 ? null : excerpt;
    }

    private static void Entry(XmlWriter writer, AtomEntry entry)
    {
        writer.WriteStartElement("entry", AtomNamespace);
        writer.WriteAttributeString("xml", "lang", FeedXml.XmlNamespace, entry.ContentLang);
        writer.WriteStartElement("title", AtomNamespace);
        writer.WriteAttributeString("type", "text");
        writer.WriteString(FeedXml.Clean(entry.Title));
        writer.WriteEndElement();
        Link(writer, "alternate", "text/html", entry.Url);
        writer.WriteElementString("id", AtomNamespace, entry.Url);
        writer.WriteElementString("updated", AtomNamespace, FeedXml.Date(entry.Updated));
        if (entry.Summary is { } summary)
        {
            writer.WriteStartElement("summary", AtomNamespace);
            writer.WriteAttributeString("type", "text");
            writer.WriteString(FeedXml.Clean(summary));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void Link(XmlWriter writer, string rel, string type, string href)
    {
        writer.WriteStartElement("link", AtomNamespace);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }
}
