using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Content;

/// <summary>
/// Reads every Markdown file under content/ in parallel, classifies it by its path and splits
/// its front matter. Problems with names and places are reported here; what the keys mean is the model's job.
/// </summary>
public static class ContentLoader
{
    public const string ContentFolder = "content";

    /// <summary>Whether a site-relative path ('/'-separated) is under content/.</summary>
    public static bool InContent(string sitePath) => sitePath.StartsWith(ContentFolder + "/", StringComparison.Ordinal);

    /// <summary>What a site-relative path under content/ says the file is; null outside content/ or in no known place.</summary>
    public static ContentPath? ClassifySitePath(string sitePath) =>
        InContent(sitePath) ? ContentPath.Classify(sitePath[(ContentFolder.Length + 1)..]) : null;

    /// <param name="languages">The site's languages, the default first (site.yml's order).</param>
    /// <param name="cache">Parsed files from earlier builds (the dev server keeps one); null reads everything.</param>
    public static IReadOnlyList<ContentDocument> Load(string siteRoot, IReadOnlyList<string> languages, DiagnosticBag diagnostics, int parallelism, ContentCache? cache = null)
    {
        var site = new SiteFiles(siteRoot, diagnostics);
        var files = site.List(ContentFolder, IsHidden);

        CheckFolderNames(files, diagnostics);
        var documents = new ContentDocument?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            documents[i] = LoadOne(site, files[i], languages, diagnostics, cache);
        });
        return documents.OfType<ContentDocument>().ToList();
    }

    /// <summary>
    /// Reads some content files again, as <see cref="Load"/> reads each (the dev server's text edits); null when
    /// any of them is no longer a readable content file (the caller then builds everything).
    /// </summary>
    /// <param name="paths">Site-relative paths under content/, with '/'.</param>
    internal static IReadOnlyList<ContentDocument>? LoadAgain(string siteRoot, IEnumerable<string> paths, IReadOnlyList<string> languages, DiagnosticBag diagnostics, ContentCache? cache)
    {
        var site = new SiteFiles(siteRoot, diagnostics);
        var documents = new List<ContentDocument>();
        foreach (var path in paths)
        {
            if (!InContent(path) || IsHidden(path)) return null;
            if (LoadOne(site, path[(ContentFolder.Length + 1)..], languages, diagnostics, cache) is not { } document) return null;
            documents.Add(document);
        }

        return documents;
    }

    /// <summary>How many files under content/ the loader reads: the same listing, links and hidden files treated alike.</summary>
    public static int CountFiles(string siteRoot) => new SiteFiles(siteRoot, new DiagnosticBag()).List(ContentFolder, IsHidden).Count;

    private static ContentDocument? LoadOne(SiteFiles site, string relative, IReadOnlyList<string> languages, DiagnosticBag diagnostics, ContentCache? cache)
    {
        var path = ContentFolder + "/" + relative;
        var fullPath = site.FullPath(path);
        if (!relative.EndsWith(".md", StringComparison.Ordinal))
        {
            diagnostics.Warning(DiagnosticCodes.UnknownPlace, SourceLocation.StartOf(path),
                "Only Markdown (.md) files belong under content/; this file is ignored.",
                "Put PDFs, images and other files under static/ and link to them by their path there.");
            return null;
        }

        var where = ContentPath.Classify(relative);
        if (where is null)
        {
            diagnostics.Error(DiagnosticCodes.UnknownPlace, SourceLocation.StartOf(path),
                "This file is not in a place the generator knows, so it would not be published.",
                "Events go in content/events/<event>/index.<lang>.md, programme items in content/events/<event>/sessions/, "
                + "people in content/speakers/, articles in content/news/, pages in content/pages/.");
            return null;
        }

        if (!CheckNames(where, relative, path, languages, diagnostics)) return null;

        var info = new FileInfo(fullPath);
        var language = where.Language ?? (where.Kind == ContentKind.Person ? null : languages[0]);
        if (cache is not null && cache.TryGet(fullPath, info, out var cached))
        {
            // The parsed YAML is reused; the object reading it is new, so its diagnostics go to this build.
            var data = new YamlObject(cached.FrontMatter, new YamlSource(path, LineOffset: 1, diagnostics));
            return new ContentDocument(path, fullPath, where, language, new FrontMatter(data, cached.Body, cached.BodyLine), info.LastWriteTimeUtc);
        }

        // A bag of its own tells whether this file parsed cleanly, whatever other threads report.
        var own = new DiagnosticBag();
        var text = site.ReportingTo(own).ReadText(path);
        var frontMatter = text is null ? null : FrontMatterReader.Read(text, path, own);
        var found = own.ToSortedList();
        foreach (var diagnostic in found) diagnostics.Add(diagnostic);
        if (frontMatter is null) return null;
        if (cache is not null && found.Count == 0)
        {
            cache.Put(fullPath, new ContentCache.Entry(info.Length, info.LastWriteTimeUtc, frontMatter.Data.Node, frontMatter.Body, frontMatter.BodyLine));
        }

        // Later stages report into the build's bag.
        var rebound = new FrontMatter(new YamlObject(frontMatter.Data.Node, new YamlSource(path, LineOffset: 1, diagnostics)), frontMatter.Body, frontMatter.BodyLine);
        return new ContentDocument(path, fullPath, where, language, rebound, info.LastWriteTimeUtc);
    }

    private static bool CheckNames(ContentPath where, string relative, string path, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var ok = true;
        var at = SourceLocation.StartOf(path);
        if (where.Language is { } language && !languages.Contains(language))
        {
            diagnostics.Error(DiagnosticCodes.UnknownLanguage, at,
                $"The file name ends in '.{language}.md', but '{language}' is not one of the site's languages ({string.Join(", ", languages)})."
                + DidYouMeanLanguage(language, languages));
            ok = false;
        }

        if (where.EventSlug is { } eventSlug && !ContentPath.IsValidSlug(eventSlug))
        {
            ReportSlug(eventSlug, "event folder", at, diagnostics);
            ok = false;
        }

        var slug = where.Kind == ContentKind.Event ? null : where.Slug;
        if (slug is not null && !ContentPath.IsValidSlug(slug))
        {
            ReportSlug(slug, "file name", at, diagnostics);
            ok = false;
        }

        // A long name is still a good address, so the file is read (no follow-on errors from what names it);
        // the build stops at the error all the same. A long event folder is reported once, in CheckFolderNames.
        if (slug is { Length: > ContentPath.MaxSlugLength } longName && ContentPath.IsValidSlug(longName))
        {
            ReportLength(longName, "file name", "file", at, diagnostics);
        }

        return ok;
    }

    /// <summary>An event folder whose name is too long, once per folder, at its first file (its index files sort first).</summary>
    private static void CheckFolderNames(IReadOnlyList<string> files, DiagnosticBag diagnostics)
    {
        var firstFiles = files
            .Select(relative => (Relative: relative, Where: ContentPath.Classify(relative)))
            .Where(f => f.Where?.EventSlug is { Length: > ContentPath.MaxSlugLength } name && ContentPath.IsValidSlug(name))
            .GroupBy(f => f.Where!.EventSlug!, StringComparer.Ordinal)
            .Select(g => (Folder: g.Key, First: g.Select(f => f.Relative).Min(StringComparer.Ordinal)!))
            .OrderBy(f => f.Folder, StringComparer.Ordinal);
        foreach (var (folder, first) in firstFiles)
        {
            ReportLength(folder, "event folder's name", "folder", SourceLocation.StartOf(ContentFolder + "/" + first), diagnostics);
        }
    }

    private static void ReportLength(string name, string what, string thing, SourceLocation at, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.NameTooLong, at,
            $"The {what} is {name.Length} characters long; a name that becomes a web address can have at most {ContentPath.MaxSlugLength}. "
            + $"Rename the {thing}, e.g. to '{ContentPath.ShortenSlug(name)}'.");

    /// <summary>
    /// Language codes are two or three letters, so the usual allowance of two edits would suggest any
    /// code for any other ('de' → 'en'); only a one-letter slip ('se', 'sve' → 'sv') is a plausible typo.
    /// </summary>
    public static string DidYouMeanLanguage(string language, IReadOnlyList<string> languages) =>
        Suggestions.Closest(language, languages) is { } match && Suggestions.Distance(language.ToLowerInvariant(), match) <= 1
            ? $" Did you mean '{match}'?"
            : "";

    private static void ReportSlug(string name, string what, SourceLocation at, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.InvalidSlug, at,
            $"The {what} '{name}' cannot be used in a web address; use lower-case letters a–z, digits and '-' (not only digits). Try '{ContentPath.SuggestSlug(name)}'.");

    /// <summary>Files the loader skips: hidden ones, in hidden folders, and editors' backups ("x.md~").</summary>
    public static bool IsHidden(string relative) =>
        relative.Split('/').Any(part => part.StartsWith('.') || part.EndsWith('~'));
}
