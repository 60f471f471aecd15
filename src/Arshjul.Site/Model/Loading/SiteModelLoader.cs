using Arshjul.Site.Build;
using Arshjul.Site.Configuration;
using Arshjul.Site.Content;

namespace Arshjul.Site.Model.Loading;

/// <summary>
/// Turns the loaded content files into the typed model. People are read first, so events can check
/// speaker references; events before articles, which name events.
/// </summary>
public static class SiteModelLoader
{
    public const string StaticFolder = "static";

    public static SiteModel Build(string siteRoot, SiteOptions options, IReadOnlyList<ContentDocument> documents, DiagnosticBag diagnostics)
    {
        var staticFiles = ListStaticFiles(siteRoot, diagnostics);
        var context = new ModelContext(options, diagnostics, staticFiles.ToHashSet(StringComparer.Ordinal));

        var people = new PersonReader(context);
        foreach (var (slug, files) in Group(documents, ContentKind.Person))
        {
            if (people.Read(slug, files) is { } person) context.People[slug] = person;
        }

        var sessionsByEvent = documents.Where(d => d.Where.Kind == ContentKind.Session)
            .GroupBy(d => d.Where.EventSlug!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Group(g, ContentKind.Session), StringComparer.Ordinal);
        var eventReader = new EventReader(context);
        var events = new List<Event>();
        foreach (var (slug, files) in Group(documents, ContentKind.Event))
        {
            var sessions = sessionsByEvent.GetValueOrDefault(slug) ?? [];
            if (eventReader.Read(slug, files, sessions) is { } ev) events.Add(ev);
        }

        foreach (var (eventSlug, sessions) in sessionsByEvent.Where(s => !documents.Any(d => d.Where.Kind == ContentKind.Event && d.Where.EventSlug == s.Key)))
        {
            foreach (var (_, files) in sessions)
            {
                diagnostics.Error(DiagnosticCodes.UnknownEvent, SourceLocation.StartOf(files[0].Path),
                    $"This programme item is in content/events/{eventSlug}/, which has no index file for the event.",
                    $"Add content/events/{eventSlug}/index.{options.DefaultLanguage}.md with the event's title and start.");
            }
        }

        events.Sort((a, b) => a.Start.ToDateTime().CompareTo(b.Start.ToDateTime()) is var c and not 0 ? c : string.CompareOrdinal(a.Slug, b.Slug));

        var articleReader = new ArticleReader(context);
        var articles = Group(documents, ContentKind.Article)
            .Select(g => articleReader.Read(g.Slug, g.Files, events))
            .OfType<Article>()
            .OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToList();

        var pageReader = new PageReader(context);
        var pages = Group(documents, ContentKind.Page).Select(g => pageReader.Read(g.Slug, g.Files)).OfType<Page>().ToList();

        return new SiteModel
        {
            Root = siteRoot,
            Options = options,
            Events = events,
            People = context.People,
            Articles = articles,
            Pages = pages,
            StaticFiles = staticFiles,
            Documents = documents,
        };
    }

    /// <summary>Files of one kind grouped into translations of the same slug, in slug order.</summary>
    private static List<(string Slug, IReadOnlyList<ContentDocument> Files)> Group(IEnumerable<ContentDocument> documents, ContentKind kind) =>
        documents.Where(d => d.Where.Kind == kind)
            .GroupBy(d => d.Where.Slug, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<ContentDocument>)g.OrderBy(d => d.Path, StringComparer.Ordinal).ToList()))
            .ToList();

    private static IReadOnlyList<string> ListStaticFiles(string siteRoot, DiagnosticBag diagnostics) =>
        new SiteFiles(siteRoot, diagnostics).List(StaticFolder, f => f.Split('/').Any(p => p.StartsWith('.')));
}
