using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Arshjul.Site.Model;
using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Rendering;

/// <summary>
/// HTML made from one event alone, per language, and the pages built of it, kept for the dev server's render
/// session. "My programme" lists every item of the site (1.8 MB per language at 5,000 items, 7 MB at 20,000), and a
/// text edit (<c>Build.TextEdit</c>) changes one event's entries only. So in the dev server the page is rendered once
/// with a marker where each event's entries go and kept in pieces: the page around the entries, and each event's
/// entries as UTF-8. A text edit renders the edited event's entries again and joins the pieces, which is a copy of
/// bytes instead of a page of millions of characters made, copied and encoded again.
/// A one-off build keeps nothing: each fragment is used once.
/// </summary>
public sealed class EventFragments(bool keep)
{
    // No text of a site can hold it (it is new in each session), and an HTML comment, so a template that only writes
    // the entries where they go leaves it whole; one that does anything else with them is found out (see Split).
    private readonly string _marker = "<!--arshjul-fragment-" + Guid.NewGuid().ToString("N") + "-";
    private readonly ConcurrentDictionary<(Event Event, string Language), Fragment> _made = new();
    private readonly ConcurrentDictionary<int, Fragment> _byId = new();
    private readonly ConcurrentDictionary<string, Pieces?> _pages = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    [ThreadStatic]
    private static PageRender? t_render;

    /// <summary>
    /// An event's fragment in a language. While a page is rendered by <see cref="Page"/> in the dev server this is a
    /// marker that the page's pieces are cut at; the make function is kept to make the fragment again after an edit.
    /// </summary>
    public TrustedHtml Get(Event ev, string language, Func<TrustedHtml> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        if (!keep || t_render is not { } render) return make();
        var fragment = _made.TryGetValue((ev, language), out var known) ? known : Add(ev, language, make);
        render.Read.Add(fragment);
        return new TrustedHtml(_marker + fragment.Id.ToString(CultureInfo.InvariantCulture) + "-->") { IsFragmentMarker = true };
    }

    /// <summary>
    /// Says that the page being rendered reads an event's items some other way than by writing its fragment (a theme's
    /// own loop over them, or the fragment used as a string): such a page holds what the items' texts make outside the
    /// fragments, so it is never kept in pieces.
    /// </summary>
    public static void ReadOutsideFragments()
    {
        if (t_render is { } render) render.ReadOutside = true;
    }

    /// <summary>A page's file: in the dev server joined from its kept pieces when it has fragments, else rendered.</summary>
    public byte[] Page(string path, Func<byte[]> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        if (!keep) return render();
        if (_pages.TryGetValue(path, out var kept)) return kept is null ? render() : Join(kept);

        var page = new PageRender();
        byte[] marked;
        t_render = page;
        try
        {
            marked = render();
        }
        finally
        {
            t_render = null;
        }

        if (page.Read.Count == 0) return marked;
        var pieces = page.ReadOutside ? null : Split(marked, page.Read);
        _pages[path] = pieces;
        return pieces is null ? render() : Join(pieces);
    }

    /// <summary>Drops an event's fragments in every language, when its items' texts change; they are made again when next joined.</summary>
    internal void Forget(Event ev)
    {
        foreach (var fragment in _made.Where(m => m.Key.Event == ev).Select(m => m.Value)) fragment.Utf8 = null;
    }

    private Fragment Add(Event ev, string language, Func<TrustedHtml> make)
    {
        lock (_lock)
        {
            if (_made.TryGetValue((ev, language), out var known)) return known;
            var fragment = new Fragment(_byId.Count + 1, make);
            _byId[fragment.Id] = fragment;
            _made[(ev, language)] = fragment;
            return fragment;
        }
    }

    /// <summary>
    /// The page cut at its markers, or null when the markers are not what this render gave out: each one whole, and
    /// each fragment read found at least once. A template that measured, cut or changed its entries does not pass.
    /// </summary>
    private Pieces? Split(byte[] page, HashSet<Fragment> read)
    {
        var marker = Encoding.UTF8.GetBytes(_marker);
        var end = "-->"u8;
        var literals = new List<byte[]>();
        var holes = new List<Fragment>();
        var rest = page.AsSpan();
        while (rest.IndexOf(marker) is var at and >= 0)
        {
            literals.Add(rest[..at].ToArray());
            rest = rest[(at + marker.Length)..];
            var close = rest.IndexOf(end);
            if (close < 1 || !int.TryParse(Encoding.ASCII.GetString(rest[..close]), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ||
                !_byId.TryGetValue(id, out var fragment) || !read.Contains(fragment))
            {
                return null;
            }

            holes.Add(fragment);
            rest = rest[(close + end.Length)..];
        }

        literals.Add(rest.ToArray());
        return holes.Distinct().Count() == read.Count ? new Pieces(literals, holes) : null;
    }

    private static byte[] Join(Pieces pieces)
    {
        var fragments = pieces.Holes.Select(h => h.Utf8 ??= Encoding.UTF8.GetBytes(h.Make().Html)).ToList();
        var page = new byte[pieces.Literals.Sum(l => l.Length) + fragments.Sum(f => f.Length)];
        var at = 0;
        for (var i = 0; i < pieces.Literals.Count; i++)
        {
            pieces.Literals[i].CopyTo(page, at);
            at += pieces.Literals[i].Length;
            if (i == fragments.Count) break;
            fragments[i].CopyTo(page, at);
            at += fragments[i].Length;
        }

        return page;
    }

    /// <param name="Make">Makes the fragment from the model as it is then: a text edit changes the items in place.</param>
    private sealed class Fragment(int id, Func<TrustedHtml> make)
    {
        public int Id { get; } = id;

        public Func<TrustedHtml> Make { get; } = make;

        /// <summary>Made when a page is first joined and after each edit of the event; two threads may both make it, alike.</summary>
        public byte[]? Utf8 { get; set; }
    }

    /// <summary>A page as the bytes around its fragments: literal, fragment, literal, …, literal.</summary>
    private sealed record Pieces(IReadOnlyList<byte[]> Literals, IReadOnlyList<Fragment> Holes);

    private sealed class PageRender
    {
        public HashSet<Fragment> Read { get; } = [];

        public bool ReadOutside { get; set; }
    }
}
