using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Themes;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Arshjul.Site.Rendering.Templates;

/// <summary>
/// Finds templates through one explicit fallback chain (<see cref="ThemeFiles"/>):
/// <c>&lt;site&gt;/layouts/&lt;name&gt;</c> → <c>&lt;site&gt;/themes/&lt;theme&gt;/layouts/&lt;name&gt;</c> →
/// the theme embedded in the assembly. Each template is read and parsed once and shared by all
/// threads; Scriban's <c>include</c> resolves through the same chain and cache.
/// </summary>
public sealed class TemplateLoader : ITemplateLoader
{
    private readonly IReadOnlyList<IThemeLayer> _layoutLayers;
    private readonly ConcurrentDictionary<string, Lazy<LoadedTemplate>> _cache = new(StringComparer.Ordinal);

    /// <param name="siteDirectory">The site root (holding <c>layouts/</c> and <c>themes/</c>).</param>
    /// <param name="themeName">The site theme folder under <c>themes/</c>, or null for the built-in theme only.</param>
    /// <param name="embeddedThemeAssembly">Where the built-in theme is embedded; this assembly by default.</param>
    /// <param name="diagnostics">Where files that cannot be read (links out of the site, special files) are reported.</param>
    public TemplateLoader(string siteDirectory, string? themeName = null, Assembly? embeddedThemeAssembly = null, DiagnosticBag? diagnostics = null)
    {
        Theme = new ThemeFiles(siteDirectory, themeName, embeddedThemeAssembly, diagnostics);
        _layoutLayers = Theme.LayoutLayers;
    }

    /// <summary>The theme's files (static files, UI strings) through the same chain.</summary>
    public ThemeFiles Theme { get; }

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
        var names = _layoutLayers.SelectMany(layer => layer.List(ThemeFiles.LayoutsFolder)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return names.SelectMany(name => Load(name).Problems).ToList();
    }

    /// <summary>Forgets parsed templates, e.g. when the dev server sees a layout change.</summary>
    public void Clear() => _cache.Clear();

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

    private static string LayoutPath(string name) => ThemeFiles.LayoutsFolder + "/" + name;

    private static IThemeLayer? FindLayer(IReadOnlyList<IThemeLayer> layers, string relativePath) => ThemeFiles.FindLayer(layers, relativePath);
}
