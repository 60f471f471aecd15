using Arshjul.Site.I18n;
using Arshjul.Site.Model;

namespace Arshjul.Site.Rendering;

/// <summary>One page being rendered: its language and place, which decide every URL and text on it.</summary>
public sealed class PageContext
{
    public PageContext(RenderSession session, string lang, string path, bool absoluteLinks = false)
    {
        Session = session;
        Lang = lang;
        Path = path;
        // Pages served at any depth (404) need links from the site root; all others link relatively.
        Root = absoluteLinks ? session.Options.BasePath : SitePaths.RootPrefix(path);
    }

    public RenderSession Session { get; }

    public string Lang { get; }

    /// <summary>The page's own site path ("sv/events/x/").</summary>
    public string Path { get; }

    public string Root { get; }

    /// <summary>The element ids already on this page.</summary>
    public PageIds Ids { get; } = new();

    public DateFormatter Dates => Session.Dates[Lang];

    /// <summary>A site path as a link from this page.</summary>
    public string Url(string sitePath) => Root.Length == 0 && sitePath.Length == 0 ? "./" : Root + sitePath;

    public string T(string key) => Session.Strings.Get(Lang, key);

    public string T(string key, params (string Name, string Value)[] values) => Session.Strings.Format(Lang, key, values);

    /// <summary>A label from an open set of values ("kind_group_work" for "group-work"); the value itself when there is none.</summary>
    public string? Label(string prefix, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return Session.Strings.TryGet(Lang, prefix + value.ToLowerInvariant().Replace('-', '_')) ?? value;
    }

    /// <summary>A language named in this page's language ("engelska"), for notes and badges.</summary>
    public string LanguageName(string code) => LanguageNames.For(Session.Strings, Lang, code).Name;
}
