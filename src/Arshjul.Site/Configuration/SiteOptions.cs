namespace Arshjul.Site.Configuration;

/// <summary>Everything site.yml says, checked and typed.</summary>
public sealed record SiteOptions
{
    public required IReadOnlyDictionary<string, string> Title { get; init; }

    public IReadOnlyDictionary<string, string> Description { get; init; } = new Dictionary<string, string>();

    /// <summary>Absolute, always ending in '/'.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>The first is the default language.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    public required string TimeZoneId { get; init; }

    public required TimeZoneInfo TimeZone { get; init; }

    public string Theme { get; init; } = "default";

    public TimeOnly DayChange { get; init; } = new(4, 0);

    public bool MarkdownUnsafe { get; init; }

    /// <summary>Kinds of events and items of the site's own ('kinds' in site.yml), besides those Arshjul knows.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    public string DefaultLanguage => Languages[0];

    /// <summary>The path part of baseUrl ("/" or "/sub/folder/"), for links on pages served at any depth, like 404 pages.</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    public string TitleIn(string language) =>
        Title.TryGetValue(language, out var title) ? title : Title.TryGetValue(DefaultLanguage, out var fallback) ? fallback : Title.Values.FirstOrDefault() ?? "";

    public string? DescriptionIn(string language) =>
        Description.TryGetValue(language, out var text) ? text : Description.GetValueOrDefault(DefaultLanguage);

    /// <summary>An absolute URL for a site path such as "sv/events/x/".</summary>
    public string AbsoluteUrl(string sitePath) => new Uri(BaseUrl, sitePath.TrimStart('/')).AbsoluteUri;

    /// <summary>An author's URL (a material, a recording) as written when external, else its site path made absolute under baseUrl.</summary>
    public string AbsoluteLink(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        // On Unix "/files/a.pdf" parses as an absolute file: URI, so a leading '/' decides first.
        var isExternal = !url.StartsWith('/') && Uri.TryCreate(url, UriKind.Absolute, out var uri) && !uri.IsFile;
        return isExternal ? url : AbsoluteUrl(url);
    }
}
