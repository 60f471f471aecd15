using System.Text.RegularExpressions;

namespace Arshjul.Site.Content;

/// <summary>
/// What a file under content/ is, from its path alone:
/// events/&lt;event&gt;/index.&lt;lang&gt;.md, events/&lt;event&gt;/sessions/&lt;item&gt;.&lt;lang&gt;.md,
/// speakers/&lt;person&gt;[.&lt;lang&gt;].md, news/&lt;yyyy-mm-dd-slug&gt;.&lt;lang&gt;.md, pages/&lt;page&gt;.&lt;lang&gt;.md.
/// </summary>
/// <param name="Kind">What the file describes.</param>
/// <param name="Slug">The file or folder name that becomes the URL segment.</param>
/// <param name="EventSlug">For sessions, the event folder.</param>
/// <param name="Language">The suffix language, or null when the file has none.</param>
public sealed partial record ContentPath(ContentKind Kind, string Slug, string? EventSlug, string? Language)
{
    /// <summary>The folder of an event's session files, beside its index files.</summary>
    public const string SessionsFolder = "sessions";

    /// <summary>
    /// The longest slug: a name becomes a folder name and part of a web address, which must stay short
    /// enough for every file system and readable in a link; 60 characters is about ten words.
    /// </summary>
    public const int MaxSlugLength = 60;

    /// <summary>A slug cut to <see cref="MaxSlugLength"/> characters at a word boundary ('-') where there is one.</summary>
    public static string ShortenSlug(string slug)
    {
        if (slug.Length <= MaxSlugLength) return slug;
        var cut = slug.LastIndexOf('-', MaxSlugLength);
        return slug[..(cut > 0 ? cut : MaxSlugLength)].TrimEnd('-');
    }

    /// <summary>Lower-case ASCII letters, digits and '-', not all digits (those are year pages).</summary>
    public static bool IsValidSlug(string slug) =>
        SlugPattern().IsMatch(slug) && !slug.All(char.IsAsciiDigit);

    /// <summary>Classifies a path relative to content/ (with '/'), or null for a file in no known place.</summary>
    public static ContentPath? Classify(string relative)
    {
        var parts = relative.Split('/');
        var (stem, language) = SplitLanguage(parts[^1]);
        return parts switch
        {
            ["events", var ev, _] when stem == "index" => new ContentPath(ContentKind.Event, ev, ev, language),
            ["events", var ev, SessionsFolder, _] => new ContentPath(ContentKind.Session, stem, ev, language),
            ["speakers", _] => new ContentPath(ContentKind.Person, stem, null, language),
            ["news", _] => new ContentPath(ContentKind.Article, stem, null, language),
            ["pages", _] => new ContentPath(ContentKind.Page, stem, null, language),
            _ => null,
        };
    }

    /// <summary>"index.sv.md" → ("index", "sv"); "index.md" → ("index", null). Slugs have no dots, so a dot starts the suffix.</summary>
    public static (string Stem, string? Language) SplitLanguage(string fileName)
    {
        var name = fileName.EndsWith(".md", StringComparison.Ordinal) ? fileName[..^3] : fileName;
        var dot = name.LastIndexOf('.');
        return dot < 0 ? (name, null) : (name[..dot], name[(dot + 1)..]);
    }

    /// <summary>A valid slug suggested for an invalid name: "Välkommen" → "valkommen".</summary>
    public static string SuggestSlug(string name)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in name.Normalize(System.Text.NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if (c is 'æ') builder.Append("ae");
            else if (c is 'ø') builder.Append('o');
            else if (c is 'ß') builder.Append("ss");
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length == 0) return "page";
        return slug.All(char.IsAsciiDigit) ? "item-" + slug : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
