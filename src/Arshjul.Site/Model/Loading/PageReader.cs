using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Model.Loading;

/// <summary>Reads a free page; its slug may not take the name of a section of the site.</summary>
internal sealed class PageReader(ModelContext context)
{
    public static readonly string[] Keys = ["title", "summary"];

    /// <summary>Section names and other published names a page would collide with.</summary>
    public static readonly string[] ReservedSlugs = ["events", "series", "speakers", "news", "calendar", "feed", "404", "sitemap", "robots", "my"];

    public Page? Read(string slug, IReadOnlyList<ContentDocument> files)
    {
        var source = context.SourceOf(files);
        var data = source.Data;
        if (ReservedSlugs.Contains(slug))
        {
            context.Diagnostics.Error(DiagnosticCodes.ReservedName, SourceLocation.StartOf(source.Path),
                $"A page cannot be called '{slug}': that address belongs to a section of the site. Rename the file, e.g. to '{slug}-info'.");
            return null;
        }

        var title = data.RequiredText("title", "The page");
        var sourceText = new PageText(title ?? slug, data.Text("summary"), ModelContext.Body(source));
        var text = context.Translate(files, source, sourceText, (own, fallback) =>
        {
            own.Data.ReportUnknownKeys(Keys, "a page");
            return new PageText(own.Data.Text("title") ?? fallback.Title, own.Data.Text("summary") ?? fallback.Summary, ModelContext.Body(own) ?? fallback.Body);
        });
        data.ReportUnknownKeys(Keys, "a page");
        return title is null ? null : new Page { Slug = slug, Files = files, Location = data.Location, Text = text };
    }
}
