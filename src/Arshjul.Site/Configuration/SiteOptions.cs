namespace Arshjul.Site.Configuration;

/// <summary>Everything site.yml says, checked and typed.</summary>
public sealed record SiteOptions
{
    public required IReadOnlyDictionary<string, string> Title { get; init; }

    public IReadOnlyDictionary<string, string> Description { get; init; } = new Dictionary<string, string>();

    /// <summary>Absolute, always ending in '/'.</summary>
    public required Uri BaseUrl
    {
        get => _baseUrl;
        init
        {
            _baseUrl = value;
            _baseText = value.AbsoluteUri;
            _baseTakesPlainPaths = value.Query.Length == 0 && value.Fragment.Length == 0 && _baseText.EndsWith('/');
        }
    }

    private readonly Uri _baseUrl = null!;
    private readonly string _baseText = "";
    private readonly bool _baseTakesPlainPaths;

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
    public string AbsoluteUrl(string sitePath)
    {
        var relative = sitePath.TrimStart('/');
        // A site's own paths (slugs, language folders) need nothing of Uri's escaping or dot-segment rules, and a
        // build asks for some 100,000 of them: those are joined as text, the rest go through Uri as before.
        return _baseTakesPlainPaths && IsPlainPath(relative)
            ? string.Concat(_baseText, relative)
            : new Uri(BaseUrl, relative).AbsoluteUri;
    }

    /// <summary>Only unreserved ASCII and single slashes, no "." or ".." segment: Uri would join it unchanged.</summary>
    private static bool IsPlainPath(string path)
    {
        var segmentStart = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i < path.Length && path[i] != '/')
            {
                if (!char.IsAsciiLetterOrDigit(path[i]) && path[i] is not ('-' or '_' or '.' or '~')) return false;
                continue;
            }

            var segment = path.AsSpan(segmentStart, i - segmentStart);
            if (segment is "." or "..") return false;
            if (segment.IsEmpty && i < path.Length) return false;
            segmentStart = i + 1;
        }

        return true;
    }

    /// <summary>An author's URL (a material, a recording) as written when external, else its site path made absolute under baseUrl.</summary>
    public string AbsoluteLink(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        // On Unix "/files/a.pdf" parses as an absolute file: URI, so a leading '/' decides first.
        var isExternal = !url.StartsWith('/') && Uri.TryCreate(url, UriKind.Absolute, out var uri) && !uri.IsFile;
        return isExternal ? url : AbsoluteUrl(url);
    }
}
