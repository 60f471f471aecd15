using Arshjul.Site.Content;

namespace Arshjul.Site.Model.Loading;

/// <summary>
/// Content that failed to load (a file with an error that was not read) or to read (an event or person
/// with errors). Whatever depends on it is not checked against it: its translations are not read as if
/// they were the source, and a file naming it is not told it does not exist. One mistake, one message.
/// </summary>
internal sealed class FailedSources
{
    private readonly HashSet<(ContentKind Kind, string? EventSlug, string Slug)> _failed = [];

    /// <param name="failedPaths">Site-relative paths of content files that failed to load.</param>
    public FailedSources(IEnumerable<string> failedPaths)
    {
        foreach (var path in failedPaths)
        {
            if (ContentLoader.ClassifySitePath(path) is { } where) _failed.Add((where.Kind, where.EventSlug, where.Slug));
        }
    }

    public void AddEvent(string slug) => _failed.Add((ContentKind.Event, slug, slug));

    public void AddPerson(string slug) => _failed.Add((ContentKind.Person, null, slug));

    public bool HasEvent(string slug) => _failed.Contains((ContentKind.Event, slug, slug));

    public bool HasPerson(string slug) => _failed.Contains((ContentKind.Person, null, slug));

    /// <summary>Whether one of the files of this slug (in any language) failed.</summary>
    public bool Has(ContentKind kind, string slug, string? eventSlug = null) => _failed.Contains((kind, eventSlug, slug));
}
