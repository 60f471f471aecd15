using Arshjul.Site.Content;
using Arshjul.Site.Model.Loading;
using Arshjul.Site.Output;

namespace Arshjul.Site.Planning;

/// <summary>
/// The files copied as they are: the theme's assets, then the site's static/ files, which win on the same
/// path. They depend on nothing in content/: changing one is a change outside it, so a full build.
/// </summary>
public static class AssetPlanner
{
    public static IEnumerable<PlannedOutput> Outputs(PlanContext context, IReadOnlyList<PlannedOutput> plannedBefore)
    {
        ArgumentNullException.ThrowIfNull(context);
        var model = context.Model;
        var theme = context.Templates.Theme;
        var siteFiles = model.StaticFiles.ToHashSet(StringComparer.Ordinal);
        foreach (var path in theme.StaticFiles().Where(p => !siteFiles.Contains(p)))
        {
            yield return new PlannedOutput(path, OutputFormat.Asset, () =>
            {
                using var stream = theme.OpenStatic(path);
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                return buffer.ToArray();
            });
        }

        var site = new SiteFiles(context.Source, context.Diagnostics);
        foreach (var path in model.StaticFiles)
        {
            yield return new PlannedOutput(path, OutputFormat.Asset, () => site.Read(SiteModelLoader.StaticFolder + "/" + path, SiteFiles.StaticLimit));
        }
    }
}
