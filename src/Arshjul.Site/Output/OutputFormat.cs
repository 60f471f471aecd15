namespace Arshjul.Site.Output;

/// <summary>
/// One kind of output as data (as Hugo's output formats are): what its files are called, what a host
/// should serve them as, and where they count. <see cref="Known"/> is the table of every kind the
/// generator writes; a new kind of output is a new row, not a new branch in the code that writes files.
/// </summary>
/// <param name="Name">How summaries and tests name it.</param>
/// <param name="MediaType">What a host serves it as (for headers and a future _headers file).</param>
/// <param name="Extension">The file name's ending, with the dot; empty when it varies (assets).</param>
/// <param name="IsPage">An HTML page the generator renders from a template: counted as a page in the build summary.</param>
/// <param name="InSitemap">Listed in sitemap.xml.</param>
public sealed record OutputFormat(string Name, string MediaType, string Extension, bool IsPage, bool InSitemap)
{
    public static readonly OutputFormat Html = new("html", "text/html", ".html", IsPage: true, InSitemap: true);

    public static readonly OutputFormat Calendar = new("calendar", "text/calendar", ".ics", IsPage: false, InSitemap: false);

    public static readonly OutputFormat Atom = new("atom", "application/atom+xml", ".xml", IsPage: false, InSitemap: false);

    public static readonly OutputFormat Sitemap = new("sitemap", "application/xml", ".xml", IsPage: false, InSitemap: false);

    public static readonly OutputFormat Robots = new("robots", "text/plain", ".txt", IsPage: false, InSitemap: false);

    /// <summary>frab's schedule.xml, for schedule apps (Giggity, EventFahrplan, info-beamer).</summary>
    public static readonly OutputFormat FrabXml = new("frab-xml", "application/xml", ".xml", IsPage: false, InSitemap: false);

    /// <summary>c3voc's schedule.json, the format pretalx exports, for schedule apps.</summary>
    public static readonly OutputFormat C3vocJson = new("c3voc-json", "application/json", ".json", IsPage: false, InSitemap: false);

    /// <summary>A theme or site file copied as it is (CSS, images, PDFs).</summary>
    public static readonly OutputFormat Asset = new("asset", "application/octet-stream", "", IsPage: false, InSitemap: false);

    /// <summary>Every format the generator writes.</summary>
    public static IReadOnlyList<OutputFormat> Known { get; } = [Html, Calendar, Atom, Sitemap, Robots, FrabXml, C3vocJson, Asset];

    /// <summary>The files for feed readers and crawlers: the Atom feeds, the sitemap and robots.txt.</summary>
    public bool IsFeedOrCrawlerFile => this == Atom || this == Sitemap || this == Robots;
}
