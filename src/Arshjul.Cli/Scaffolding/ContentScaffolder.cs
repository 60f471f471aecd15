using System.Globalization;
using System.Text.RegularExpressions;
using Arshjul.Site.Configuration;
using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Cli.Scaffolding;

/// <summary>
/// Creates a new content file where the content model puts it, with commented front matter in the
/// file's language. Never overwrites; a file that already exists in another language gets a
/// translation that sets only texts. Every file it writes passes `arshjul check` without errors; its
/// example body text (<see cref="ScaffoldPlaceholders"/>) is warned about until the author replaces it.
/// </summary>
internal static partial class ContentScaffolder
{
    /// <summary>
    /// Names a free page may not take. Kept equal to PageReader.ReservedSlugs (a test compares them):
    /// the library keeps that list internal, and refusing here beats writing a file that fails check.
    /// </summary>
    internal static readonly string[] ReservedPageSlugs = ["events", "series", "speakers", "news", "calendar", "feed", "404", "sitemap", "robots", "my"];

    public static ScaffoldResult Create(ScaffoldRequest request)
    {
        var diagnostics = new DiagnosticBag();
        var options = SiteOptionsLoader.Load(request.SiteRoot, diagnostics);
        if (options is null)
        {
            return new ScaffoldResult(ExitCodes.ContentErrors, $"Cannot read {SiteOptionsLoader.FileName}; fix it first.", Diagnostics: diagnostics.ToSortedList());
        }

        var language = request.Language ?? options.DefaultLanguage;
        if (!options.Languages.Contains(language))
        {
            return ScaffoldResult.Usage($"'{language}' is not one of the site's languages ({string.Join(", ", options.Languages)})."
                + ContentLoader.DidYouMeanLanguage(language, options.Languages));
        }

        if (request.EventSlug is not null && request.Kind is not (ContentKind.Session or ContentKind.Article))
        {
            return ScaffoldResult.Usage("--event belongs to 'new session' (the event the item is part of) and 'new article' (the event it is about).");
        }

        var slug = request.Slug.Trim();
        if (CheckSlug(request.Kind, slug) is { } slugProblem) return ScaffoldResult.Usage(slugProblem);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(request.Now, options.TimeZone).DateTime);
        if (request.Kind == ContentKind.Article && !DatePrefix().IsMatch(slug))
        {
            slug = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + slug;
        }

        string? eventSource = null;
        if (request.Kind == ContentKind.Session && request.EventSlug is null)
        {
            return ScaffoldResult.Usage("A programme item belongs to an event: add --event <event>, the event's folder name under content/events/.");
        }

        if (request.EventSlug is { } eventSlug)
        {
            eventSource = EventSourceFile(request.SiteRoot, eventSlug, options.Languages);
            if (eventSource is null)
            {
                var events = ExistingEvents(request.SiteRoot);
                return ScaffoldResult.Refused($"There is no event '{eventSlug}' (no content/events/{eventSlug}/index.<lang>.md)."
                    + Suggestions.DidYouMean(eventSlug, events)
                    + (events.Count == 0 ? " Create it first with 'arshjul new event <slug>'." : ""));
            }
        }

        var neutralPerson = request.Kind == ContentKind.Person && request.Language is null;
        var path = RelativePath(request.Kind, slug, request.EventSlug, neutralPerson ? null : language);
        var full = Path.Combine(request.SiteRoot, path.Replace('/', Path.DirectorySeparatorChar));
        if (File.Exists(full)) return ScaffoldResult.Refused($"{path} already exists; not overwriting it.");

        var texts = ScaffoldTexts.For(language);
        var translated = Siblings(request.SiteRoot, request.Kind, slug, request.EventSlug, path, options.Languages);
        if (translated is not null && WouldBecomeSource(language, translated, options.Languages))
        {
            var fixedKeys = request.Kind == ContentKind.Person ? "name" : "start and the other keys that are not texts";
            return ScaffoldResult.Refused(
                $"{translated} is the source of this {Describe(request.Kind)}; a '{language}' file would take its place as the source "
                + $"(the first language in site.yml that has a file is the source), and would need {fixedKeys}. "
                + $"Copy {translated} to {path} and translate it, then keep only the texts in {translated}.");
        }
        string text;
        if (translated is not null)
        {
            text = ScaffoldTemplates.Translation(request.Kind, texts, translated, SourceTitle(request.SiteRoot, translated, request.Kind) ?? TitleOf(request.Kind, slug));
        }
        else
        {
            var eventDate = eventSource is null ? null : EventDate(request.SiteRoot, eventSource);
            text = ScaffoldTemplates.New(request.Kind, texts, TitleOf(request.Kind, slug), slug, today, eventDate ?? today, request.Kind == ContentKind.Article ? request.EventSlug : null);
        }

        if (!NewFile.TryWrite(full, text)) return ScaffoldResult.Refused($"{path} already exists; not overwriting it.");

        var what = translated is null ? "" : $" (a translation of {translated})";
        return new ScaffoldResult(ExitCodes.Success, $"Created {path}{what}.", path);
    }

    /// <summary>The file's path relative to the site root, as the content model lays it out.</summary>
    public static string RelativePath(ContentKind kind, string slug, string? eventSlug, string? language)
    {
        var suffix = language is null ? ".md" : $".{language}.md";
        return kind switch
        {
            ContentKind.Event => $"content/events/{slug}/index{suffix}",
            ContentKind.Session => $"content/events/{eventSlug}/sessions/{slug}{suffix}",
            ContentKind.Person => $"content/speakers/{slug}{suffix}",
            ContentKind.Article => $"content/news/{slug}{suffix}",
            _ => $"content/pages/{slug}{suffix}",
        };
    }

    private static string? CheckSlug(ContentKind kind, string slug)
    {
        if (!ContentPath.IsValidSlug(slug))
        {
            return $"'{slug}' cannot be used in a web address; use lower-case letters a–z, digits and '-' (not only digits). Try '{ContentPath.SuggestSlug(slug)}'.";
        }

        if (kind == ContentKind.Page && ReservedPageSlugs.Contains(slug))
        {
            return $"A page cannot be called '{slug}': that address belongs to a section of the site. Try '{slug}-info'.";
        }

        if (kind == ContentKind.Article && DatePrefix().IsMatch(slug) &&
            !DateOnly.TryParseExact(slug[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return $"'{slug[..10]}' is not a date; an article's name starts with its date, as in 2024-03-08-{slug[11..]}.";
        }

        return null;
    }

    /// <summary>The event's source index file (default language first), relative to the site root, or null when there is no such event.</summary>
    private static string? EventSourceFile(string siteRoot, string eventSlug, IReadOnlyList<string> languages)
    {
        if (!ContentPath.IsValidSlug(eventSlug)) return null;
        var folder = Path.Combine(siteRoot, ContentLoader.ContentFolder, "events", eventSlug);
        if (!Directory.Exists(folder)) return null;
        var names = Directory.EnumerateFiles(folder, "index*.md").Select(Path.GetFileName).OfType<string>().ToList();
        var name = languages.Select(l => $"index.{l}.md").FirstOrDefault(names.Contains) ?? names.FirstOrDefault(n => n == "index.md");
        return name is null ? null : $"content/events/{eventSlug}/{name}";
    }

    private static List<string> ExistingEvents(string siteRoot)
    {
        var events = Path.Combine(siteRoot, ContentLoader.ContentFolder, "events");
        if (!Directory.Exists(events)) return [];
        return Directory.EnumerateDirectories(events)
            .Where(d => Directory.EnumerateFiles(d, "index*.md").Any())
            .Select(Path.GetFileName).OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The existing file this one would translate (same path but for the language suffix), or null.</summary>
    private static string? Siblings(string siteRoot, ContentKind kind, string slug, string? eventSlug, string path, IReadOnlyList<string> languages)
    {
        var candidates = languages.Select(l => RelativePath(kind, slug, eventSlug, l)).Prepend(RelativePath(kind, slug, eventSlug, null));
        return candidates
            .Where(c => c != path)
            .FirstOrDefault(c => File.Exists(Path.Combine(siteRoot, c.Replace('/', Path.DirectorySeparatorChar))));
    }

    /// <summary>
    /// True when the new file would come before the existing source in the site's language order,
    /// so it, not the existing file, would be the source every other language falls back to.
    /// </summary>
    private static bool WouldBecomeSource(string language, string existing, IReadOnlyList<string> languages)
    {
        var (_, existingLanguage) = ContentPath.SplitLanguage(existing[(existing.LastIndexOf('/') + 1)..]);
        // A person's neutral file stays the source whatever is added; another kind's unsuffixed file is in the default language, which comes first.
        if (existingLanguage is null) return false;
        var order = languages.ToList();
        var existingIndex = order.IndexOf(existingLanguage);
        return existingIndex >= 0 && order.IndexOf(language) < existingIndex;
    }

    private static string Describe(ContentKind kind) => kind switch
    {
        ContentKind.Session => "programme item",
        ContentKind.Person => "person",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static YamlObject? FrontMatterOf(string siteRoot, string relative)
    {
        try
        {
            var bytes = File.ReadAllBytes(Path.Combine(siteRoot, relative.Replace('/', Path.DirectorySeparatorChar)));
            var bag = new DiagnosticBag();
            var text = SourceTextReader.Decode(bytes, relative, bag);
            return text is null ? null : FrontMatterReader.Read(text, relative, bag)?.Data;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string? SourceTitle(string siteRoot, string relative, ContentKind kind)
    {
        var data = FrontMatterOf(siteRoot, relative);
        if (data?.Get(kind == ContentKind.Person ? "name" : "title") is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { Length: > 0 } title }) return title.Trim();
        return null;
    }

    private static DateOnly? EventDate(string siteRoot, string relative)
    {
        var data = FrontMatterOf(siteRoot, relative);
        return data?.Get("start") is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } start } && LocalDateTimeValue.TryParse(start, out var value, out _)
            ? value.Date
            : null;
    }

    /// <summary>A first title from the slug: "var-2040" → "Var 2040"; people get every name capitalised.</summary>
    public static string TitleOf(ContentKind kind, string slug)
    {
        var words = (kind == ContentKind.Article && DatePrefix().IsMatch(slug) ? slug[11..] : slug).Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return slug;
        string Capital(string w) => char.ToUpperInvariant(w[0]) + w[1..];
        return kind == ContentKind.Person
            ? string.Join(' ', words.Select(Capital))
            : string.Join(' ', words.Select((w, i) => i == 0 ? Capital(w) : w));
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-.")]
    private static partial Regex DatePrefix();
}
