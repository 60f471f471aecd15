using Arshjul.Site.Configuration;

namespace Arshjul.Site.Model;

/// <summary>The whole site after loading: what every later stage reads and nothing writes back to but the schedule
/// (and the dev server's text edits, which give one item new texts).</summary>
public sealed class SiteModel
{
    public required string Root { get; init; }

    public required SiteOptions Options { get; init; }

    /// <summary>In start order, then slug.</summary>
    public required IReadOnlyList<Event> Events { get; init; }

    /// <summary>By slug.</summary>
    public required IReadOnlyDictionary<string, Person> People { get; init; }

    /// <summary>Newest first.</summary>
    public required IReadOnlyList<Article> Articles { get; init; }

    public required IReadOnlyList<Page> Pages { get; init; }

    /// <summary>Files under static/, relative to it, with '/'.</summary>
    public required IReadOnlyList<string> StaticFiles { get; init; }

    /// <summary>Every content file the model was read from, in path order.</summary>
    public IReadOnlyList<Content.ContentDocument> Documents { get => _documents; init => _documents = value; }

    private IReadOnlyList<Content.ContentDocument> _documents = [];

    /// <summary>Swaps documents for new reads of the same paths (the dev server's text edits, <c>Build.TextEdit</c>).</summary>
    internal void ReplaceDocuments(IReadOnlyCollection<Content.ContentDocument> reread)
    {
        // In place, and only until each is found: at 47,000 files a new list per edit was a tenth of the edit.
        var byPath = reread.ToDictionary(d => d.Path, StringComparer.Ordinal);
        var documents = _documents as List<Content.ContentDocument> ?? [.. _documents];
        for (var i = 0; i < documents.Count && byPath.Count > 0; i++)
        {
            if (byPath.Remove(documents[i].Path, out var again)) documents[i] = again;
        }

        _documents = documents;
    }

    public IReadOnlyList<string> Languages => Options.Languages;

    public Event? FindEvent(string slug) => Events.FirstOrDefault(e => e.Slug == slug);

    /// <summary>
    /// Whether two instants are on the same day in the site's time zone and in every event's: pages show "now" by its
    /// day only (which events are past, the next ones, the wheel's today), so a plan made on one day serves that day.
    /// </summary>
    public bool SameDay(DateTimeOffset a, DateTimeOffset b) =>
        Events.Select(e => e.TimeZone).Append(Options.TimeZone).Distinct()
            .All(zone => TimeZoneInfo.ConvertTime(a, zone).Date == TimeZoneInfo.ConvertTime(b, zone).Date);
}
