using Arshjul.Site.Configuration;
using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Model.Loading;

/// <summary>
/// Turns the loaded content files into the typed model. People are read first, so events can check
/// speaker references; events before articles, which name events.
/// </summary>
public static class SiteModelLoader
{
    public const string StaticFolder = "static";

    /// <param name="failedPaths">Content files that had errors and were not loaded: what depends on them is not checked.</param>
    public static SiteModel Build(string siteRoot, SiteOptions options, IReadOnlyList<ContentDocument> documents, DiagnosticBag diagnostics, IEnumerable<string>? failedPaths = null)
    {
        ReportDuplicateLanguages(documents, options, diagnostics);
        var staticFiles = ListStaticFiles(siteRoot, diagnostics);
        var failed = new FailedSources(failedPaths ?? []);
        var context = new ModelContext(options, diagnostics, staticFiles.ToHashSet(StringComparer.Ordinal), failed);

        var people = new PersonReader(context);
        foreach (var (slug, files) in Group(documents, ContentKind.Person))
        {
            if (failed.Has(ContentKind.Person, slug)) continue;
            if (people.Read(slug, files) is { } person) context.People[slug] = person;
            else failed.AddPerson(slug);
        }

        var sessionsByEvent = documents.Where(d => d.Where.Kind == ContentKind.Session)
            .GroupBy(d => d.Where.EventSlug!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Group(g, ContentKind.Session), StringComparer.Ordinal);
        var eventReader = new EventReader(context);
        var events = new List<Event>();
        foreach (var (slug, files) in Group(documents, ContentKind.Event))
        {
            if (failed.HasEvent(slug)) continue;
            var sessions = sessionsByEvent.GetValueOrDefault(slug) ?? [];
            if (eventReader.Read(slug, files, sessions) is { } ev) events.Add(ev);
            else failed.AddEvent(slug);
        }

        foreach (var (eventSlug, sessions) in sessionsByEvent.Where(s => !failed.HasEvent(s.Key) && !documents.Any(d => d.Where.Kind == ContentKind.Event && d.Where.EventSlug == s.Key)))
        {
            foreach (var (_, files) in sessions)
            {
                diagnostics.Error(DiagnosticCodes.UnknownEvent, SourceLocation.StartOf(files[0].Path),
                    $"This programme item is in content/events/{eventSlug}/, which has no index file for the event.",
                    $"Add content/events/{eventSlug}/index.{options.DefaultLanguage}.md with the event's title and start.");
            }
        }

        ReportSeriesSlugClashes(events, diagnostics);
        events.Sort((a, b) => a.Start.ToDateTime().CompareTo(b.Start.ToDateTime()) is var c and not 0 ? c : string.CompareOrdinal(a.Slug, b.Slug));

        var articleReader = new ArticleReader(context);
        var articles = Group(documents, ContentKind.Article)
            .Where(g => !failed.Has(ContentKind.Article, g.Slug))
            .Select(g => articleReader.Read(g.Slug, g.Files, events))
            .OfType<Article>()
            .OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToList();

        PlaceholderCheck.Run(documents, diagnostics);
        var pageReader = new PageReader(context);
        var pages = Group(documents, ContentKind.Page).Where(g => !failed.Has(ContentKind.Page, g.Slug)).Select(g => pageReader.Read(g.Slug, g.Files)).OfType<Page>().ToList();

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

    /// <summary>
    /// Reads a session file's item again from new reads of its files, against the model it is in (its event, people
    /// and static files), with the checks loading runs on those files: the dev server's text edits (<c>Build.TextEdit</c>)
    /// compare it with the item the model has. Null when it does not read; the item's event and the model are not changed.
    /// </summary>
    /// <param name="files">New reads of the item's files, in the order of its <see cref="ProgrammeItem.Files"/>.</param>
    internal static ProgrammeItem? ReadItemAgain(SiteModel model, ProgrammeItem item, IReadOnlyList<ContentDocument> files, DiagnosticBag diagnostics)
    {
        var context = new ModelContext(model.Options, diagnostics, model.StaticFiles.ToHashSet(StringComparer.Ordinal), new FailedSources([]));
        foreach (var (slug, person) in model.People) context.People[slug] = person;
        var again = new ItemReader(context, item.Event).ReadFile(item.Id, files);
        PlaceholderCheck.Run(files, diagnostics);
        return again;
    }

    /// <summary>Files of one kind grouped into translations of the same slug, in slug order.</summary>
    private static List<(string Slug, IReadOnlyList<ContentDocument> Files)> Group(IEnumerable<ContentDocument> documents, ContentKind kind) =>
        documents.Where(d => d.Where.Kind == kind)
            .GroupBy(d => d.Where.Slug, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<ContentDocument>)g.OrderBy(d => d.Path, StringComparer.Ordinal).ToList()))
            .ToList();

    /// <summary>
    /// Two files of one page in the same language (index.md beside index.sv.md when sv is the default,
    /// as a file without a suffix is in the default language) would leave one of them silently unused.
    /// </summary>
    private static void ReportDuplicateLanguages(IReadOnlyList<ContentDocument> documents, SiteOptions options, DiagnosticBag diagnostics)
    {
        var same = documents
            .GroupBy(d => (d.Where.Kind, d.Where.EventSlug, d.Where.Slug, Language: d.Language ?? options.DefaultLanguage))
            .Where(g => g.Count() > 1);
        foreach (var group in same)
        {
            var paths = group.Select(d => d.Path).Order(StringComparer.Ordinal).ToList();
            foreach (var later in paths.Skip(1))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateLanguage, SourceLocation.StartOf(later),
                    $"{paths[0]} and {later} are both in the language '{group.Key.Language}' (a file without a language suffix is in the default language).",
                    "Keep one of them: move the texts into one file and delete the other.");
            }
        }
    }

    /// <summary>Two differently written series whose names give one web address would write one page twice.</summary>
    private static void ReportSeriesSlugClashes(IEnumerable<Event> events, DiagnosticBag diagnostics)
    {
        var bySlug = events.Where(e => e.Series is not null)
            .OrderBy(e => e.Files[0].Path, StringComparer.Ordinal)
            .GroupBy(e => SitePaths.SeriesSlug(e.Series!), StringComparer.Ordinal);
        foreach (var group in bySlug)
        {
            var first = group.First();
            foreach (var other in group.Where(e => e.Series != first.Series).DistinctBy(e => e.Series))
            {
                diagnostics.Error(DiagnosticCodes.SeriesSlugClash, other.Files[0].Data.ValueLocation("series"),
                    $"The series '{other.Series}' and the series '{first.Series}' in {first.Files[0].Path} both get the address series/{group.Key}/.",
                    "Write the series name exactly the same way in both events, or give one of them a name that differs in letters, not only in case or punctuation.");
            }
        }
    }

    private static IReadOnlyList<string> ListStaticFiles(string siteRoot, DiagnosticBag diagnostics) =>
        new SiteFiles(siteRoot, diagnostics).List(StaticFolder, f => f.Split('/').Any(p => p.StartsWith('.')));
}
