using System.Globalization;
using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Model.Loading;

/// <summary>Reads news/&lt;yyyy-mm-dd-slug&gt;.&lt;lang&gt;.md; the date comes from the file name.</summary>
internal sealed class ArticleReader(ModelContext context)
{
    public static readonly string[] Keys = ["title", "summary", "events", "image", "date"];

    public Article? Read(string slug, IReadOnlyList<ContentDocument> files, IReadOnlyList<Event> events)
    {
        var source = context.SourceOf(files);
        var data = source.Data;
        if (!TryDateOf(slug, out var date))
        {
            context.Diagnostics.Error(DiagnosticCodes.InvalidDate, SourceLocation.StartOf(source.Path),
                $"An article's file name must start with its date, as in 2024-03-08-{slug}.{source.Language}.md.");
        }
        else if (date.Year is < LocalDateTimeValue.FirstYear or > LocalDateTimeValue.LastYear)
        {
            // The same bounds as dates in front matter: later steps (feeds, time zones) need them.
            context.Diagnostics.Error(DiagnosticCodes.InvalidDate, SourceLocation.StartOf(source.Path),
                string.Create(CultureInfo.InvariantCulture, $"The file name's date is {date:yyyy-MM-dd}; dates must be between {LocalDateTimeValue.FirstYear} and {LocalDateTimeValue.LastYear}."));
        }

        foreach (var file in files)
        {
            if (file.Data.DateTime("date") is { } written && written.Date != date)
            {
                context.Diagnostics.Warning(DiagnosticCodes.ArticleDateMismatch, file.Data.ValueLocation("date"),
                    string.Create(CultureInfo.InvariantCulture, $"'date' is {written}, but the file name says {date:yyyy-MM-dd}; the file name's date is used."));
            }
        }

        var title = data.RequiredText("title", "The article");
        var image = data.Text("image");
        if (image is not null) context.CheckStaticFile(image.StartsWith('/') ? image : "/" + image, "image", data.ValueLocation("image"));
        var sourceText = new ArticleText(title ?? slug, data.Text("summary"), ModelContext.Body(source));
        var text = context.Translate(files, source, sourceText, (own, fallback) =>
        {
            own.Data.ReportUnknownKeys(Keys, "an article");
            return new ArticleText(own.Data.Text("title") ?? fallback.Title, own.Data.Text("summary") ?? fallback.Summary, ModelContext.Body(own) ?? fallback.Body);
        });

        var about = new List<Event>();
        foreach (var eventSlug in data.TextList("events"))
        {
            var ev = events.FirstOrDefault(e => e.Slug == eventSlug);
            if (ev is not null)
            {
                about.Add(ev);
                continue;
            }

            if (context.Failed.HasEvent(eventSlug)) continue;

            context.Diagnostics.Error(DiagnosticCodes.UnknownEvent, data.ValueLocation("events"),
                $"'events' names {SafeText.Quote(eventSlug)}, but there is no event folder content/events/{SafeText.Excerpt(eventSlug)}/."
                + Suggestions.DidYouMean(eventSlug, events.Select(e => e.Slug)));
        }

        data.ReportUnknownKeys(Keys, "an article");
        if (title is null) return null;
        return new Article
        {
            Slug = slug,
            Files = files,
            Location = data.Location,
            Date = date,
            Text = text,
            Events = about,
            Image = image?.TrimStart('/'),
        };
    }

    private static bool TryDateOf(string slug, out DateOnly date)
    {
        date = default;
        return slug.Length > 11 && slug[10] == '-' &&
               DateOnly.TryParseExact(slug[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
