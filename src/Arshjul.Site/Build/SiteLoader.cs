using Arshjul.Site.Configuration;
using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Model;
using Arshjul.Site.Model.Loading;
using Arshjul.Site.Schedule;

namespace Arshjul.Site.Build;

/// <summary>
/// The read side of a build: site.yml → content files → model → schedule. Each stage reports into
/// one bag; a stage that produced errors stops the chain, so later stages see consistent input.
/// </summary>
public static class SiteLoader
{
    public static SiteModel? Load(string siteRoot, DiagnosticBag diagnostics, LoadOptions? options = null)
    {
        options ??= new LoadOptions();
        var site = SiteOptionsLoader.Load(siteRoot, diagnostics, options.BaseUrl);
        if (site is null || diagnostics.HasErrors) return null;

        var documents = ContentLoader.Load(siteRoot, site.Languages, diagnostics, options.Parallelism, options.Cache);
        var model = SiteModelLoader.Build(siteRoot, site, documents, diagnostics, FailedToLoad(diagnostics, documents));
        ScheduleBuilder.Resolve(model, diagnostics);
        foreach (var document in documents) document.ReleaseFrontMatter();
        return diagnostics.HasErrors ? null : model;
    }

    /// <summary>Files with an error that did not load: reported already, so the model does not report what follows from them.</summary>
    private static HashSet<string> FailedToLoad(DiagnosticBag diagnostics, IReadOnlyList<ContentDocument> loaded)
    {
        var failed = diagnostics.ToSortedList().Where(d => d.IsError).Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        failed.ExceptWith(loaded.Select(d => d.Path));
        return failed;
    }
}
