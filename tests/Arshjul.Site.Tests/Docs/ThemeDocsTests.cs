using System.Reflection;
using System.Text.RegularExpressions;
using Arshjul.Site.Rendering.Views;
using Arshjul.Site.Tests.Support;
using Scriban.Runtime;

namespace Arshjul.Site.Tests.Docs;

/// <summary>docs/themes.md names every template of the built-in theme, and only variables of page and site that exist.</summary>
public sealed partial class ThemeDocsTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "themes.md"));

    [Fact]
    public void EveryTemplateOfTheBuiltInTheme_IsNamed()
    {
        var layouts = Path.Combine(RepoPaths.Root, "themes", "default", "layouts");
        var templates = Directory.EnumerateFiles(layouts, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetFileName(f))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var missing = templates.Where(t => !Doc.Contains($"`{t}`", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        Assert.True(templates.Count > 20, $"found only {templates.Count} templates under {layouts}");
        Assert.True(missing.Count == 0, "docs/themes.md does not name these templates of themes/default/layouts: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("page", typeof(PageView))]
    [InlineData("site", typeof(SiteView))]
    public void EveryVariableNamed_IsOneTemplatesHave(string variable, Type view)
    {
        var members = view.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => StandardMemberRenamer.Rename(p.Name))
            .ToHashSet(StringComparer.Ordinal);
        var named = Member().Matches(Doc).Where(m => m.Groups["variable"].Value == variable).Select(m => m.Groups["member"].Value)
            .Where(m => !FileExtensions.Contains(m)) // page.html and site.yml are files, not variables
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var unknown = named.Where(n => !members.Contains(n)).ToList();

        Assert.True(named.Count >= 8, $"docs/themes.md names only {named.Count} members of {variable}");
        Assert.True(unknown.Count == 0, $"docs/themes.md names {variable}.{string.Join($", {variable}.", unknown)}, which templates do not have");
    }

    private static readonly HashSet<string> FileExtensions = new(["html", "yml", "md"], StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?<variable>page|site)\.(?<member>[a-z_]+)\b")]
    private static partial Regex Member();
}
