using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using Arshjul.Site.Build;
using Arshjul.Site.Content;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Arshjul.Site.Rendering.Templates;

/// <summary>
/// Finds templates and theme files through one explicit fallback chain:
/// <c>&lt;site&gt;/layouts/&lt;name&gt;</c> → <c>&lt;site&gt;/themes/&lt;theme&gt;/layouts/&lt;name&gt;</c> →
/// the theme embedded in the assembly. Each template is read and parsed once and shared by all
/// threads; Scriban's <c>include</c> resolves through the same chain and cache.
/// </summary>
public sealed class TemplateLoader : ITemplateLoader
{
    private const string LayoutsFolder = "layouts";
    private const string StaticFolder = "static";

    private readonly IReadOnlyList<IThemeLayer> _layoutLayers;
    private readonly IReadOnlyList<IThemeLayer> _themeLayers;
    private readonly ConcurrentDictionary<string, Lazy<LoadedTemplate>> _cache = new(StringComparer.Ordinal);

    /// <param name="siteDirectory">The site root (holding <c>layouts/</c> and <c>themes/</c>).</param>
    /// <param name="themeName">The site theme folder under <c>themes/</c>, or null for the built-in theme only.</param>
    /// <param name="embeddedThemeAssembly">Where the built-in theme is embedded; this assembly by default.</param>
    /// <param name="diagnostics">Where files that cannot be read (links out of the site, special files) are reported.</param>
    public TemplateLoader(string siteDirectory, string? themeName = null, Assembly? embeddedThemeAssembly = null, DiagnosticBag? diagnostics = null)
    {
        var files = new SiteFiles(siteDirectory, diagnostics ?? new DiagnosticBag());
        var embedded = new EmbeddedThemeLayer(embeddedThemeAssembly ?? typeof(TemplateLoader).Assembly);
        var themeLayers = new List<IThemeLayer>();
        if (!string.IsNullOrEmpty(themeName))
        {
            var theme = TemplateName.Normalize(themeName);
            themeLayers.Add(new DirectoryThemeLayer(files, "themes/" + theme));
        }

        themeLayers.Add(embedded);
        _themeLayers = themeLayers;
        _layoutLayers = [new DirectoryThemeLayer(files, ""), .. themeLayers];
    }

    /// <summary>Finds and parses a template (cached); throws <see cref="TemplateNotFoundException"/> naming the chain.</summary>
    /// <param name="name">Relative to <c>layouts/</c>, e.g. <c>event.html</c> or <c>partials/header.html</c>.</param>
    public LoadedTemplate Load(string name)
    {
        var normalized = TemplateName.Normalize(name);
        return _cache.GetOrAdd(normalized, key => new Lazy<LoadedTemplate>(() => Parse(key))).Value;
    }

    public bool Exists(string name) =>
        TemplateName.TryNormalize(name, out var normalized, out _) && FindLayer(_layoutLayers, LayoutPath(normalized)) is not null;

    /// <summary>Every place looked in for <paramref name="name"/>, in order.</summary>
    public IReadOnlyList<string> SearchLocations(string name)
    {
        var path = LayoutPath(TemplateName.Normalize(name));
        return _layoutLayers.Select(layer => layer.Describe(path)).ToList();
    }

    /// <summary>
    /// Parses every template reachable through the chain and returns all parse errors, so a build
    /// reports them together before rendering anything.
    /// </summary>
    public IReadOnlyList<TemplateProblem> ParseAll()
    {
        var names = _layoutLayers.SelectMany(layer => layer.List(LayoutsFolder)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return names.SelectMany(name => Load(name).Problems).ToList();
    }

    /// <summary>Forgets parsed templates, e.g. when the dev server sees a layout change.</summary>
    public void Clear() => _cache.Clear();

    /// <summary>Relative paths of all theme static files (site theme and built-in theme merged).</summary>
    public IEnumerable<string> ThemeStaticFiles() =>
        _themeLayers.SelectMany(layer => layer.List(StaticFolder)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>Opens a theme static file: the site theme's copy if it has one, else the built-in one.</summary>
    public Stream OpenThemeStatic(string relativePath)
    {
        var path = StaticFolder + "/" + TemplateName.Normalize(relativePath);
        var layer = FindLayer(_themeLayers, path)
            ?? throw new FileNotFoundException($"Theme file '{relativePath}' not found; looked in: {string.Join(", ", _themeLayers.Select(l => l.Describe(path)))}");
        return layer.Open(path);
    }

    /// <summary>The theme's UI strings for a language (site theme first, else built-in), or null when the theme has none.</summary>
    public (string Text, string Path)? OpenThemeI18n(string language)
    {
        var path = "i18n/" + TemplateName.Normalize(language + ".yml");
        var layer = FindLayer(_themeLayers, path);
        if (layer is null) return null;
        using var reader = new StreamReader(layer.Open(path), Encoding.UTF8);
        return (reader.ReadToEnd(), layer.Describe(path));
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        // The "path" Scriban caches includes under is the normalised name; the context's
        // CreateTemplate maps it back to this loader's cache.
        if (!TemplateName.TryNormalize(templateName, out var normalized, out var error))
        {
            throw new ScriptRuntimeException(callerSpan, error);
        }

        try
        {
            // Loading here (cached) rather than checking the disk keeps includes consistent with
            // the templates already parsed, and reports a missing partial at the include.
            _ = Load(normalized);
        }
        catch (TemplateNotFoundException notFound)
        {
            throw new ScriptRuntimeException(callerSpan, notFound.Message);
        }

        return normalized;
    }

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ReadText(templatePath).Text;

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(ReadText(templatePath).Text);

    private LoadedTemplate Parse(string name)
    {
        var (path, text) = ReadText(name);
        var template = Template.Parse(text, path);
        var problems = template.Messages
            .Where(message => message.Type == ParserMessageType.Error)
            .Select(message => new TemplateProblem(
                message.Span.FileName ?? path,
                message.Span.Start.Line + 1,
                message.Span.Start.Column + 1,
                message.Message))
            .ToList();
        return new LoadedTemplate(name, path, template, problems);
    }

    private (string Path, string Text) ReadText(string name)
    {
        var relative = LayoutPath(name);
        var layer = FindLayer(_layoutLayers, relative) ?? throw new TemplateNotFoundException(name, SearchLocations(name));
        using var reader = new StreamReader(layer.Open(relative), Encoding.UTF8);
        return (layer.Describe(relative), reader.ReadToEnd());
    }

    private static string LayoutPath(string name) => LayoutsFolder + "/" + name;

    private static IThemeLayer? FindLayer(IReadOnlyList<IThemeLayer> layers, string relativePath) =>
        layers.FirstOrDefault(layer => layer.Exists(relativePath));
}
