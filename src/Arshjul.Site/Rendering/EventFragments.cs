using System.Collections.Concurrent;
using Arshjul.Site.Model;
using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Rendering;

/// <summary>
/// HTML made from one event alone, per language, kept for the dev server's render session: "my programme" lists
/// every item of the site (7.5 MB per language at 20,000 items), and a text edit (<c>Build.TextEdit</c>) changes one
/// event's entries only, so the others are written from here. A one-off build keeps nothing: each is used once.
/// </summary>
public sealed class EventFragments(bool keep)
{
    private readonly ConcurrentDictionary<(Event Event, string Language), TrustedHtml> _made = new();

    public TrustedHtml Get(Event ev, string language, Func<TrustedHtml> make) =>
        keep ? _made.GetOrAdd((ev, language), _ => make()) : make();

    /// <summary>Drops an event's fragments in every language, when its items' texts change.</summary>
    internal void Forget(Event ev)
    {
        foreach (var key in _made.Keys.Where(k => k.Event == ev)) _made.TryRemove(key, out _);
    }
}
