using System.Globalization;

namespace Arshjul.Site.Rendering;

/// <summary>
/// The element ids of one page, so they stay unique when several texts share it (an event's body
/// and its items' descriptions). Ids the page must keep as they are (the theme's own, programme
/// days and items: other pages link to them) are reserved first; a Markdown heading whose id is
/// taken gets the next free "-2", "-3"… suffix. One page is rendered by one thread.
/// </summary>
public sealed class PageIds
{
    /// <summary>Ids the built-in theme writes itself.</summary>
    private static readonly string[] ThemeIds =
    [
        "main", "time-tba", "related-news", "related-events", "appears-in", "item-programme",
        "home-news", "home-upcoming", "home-wheel",
    ];

    private readonly HashSet<string> _taken = new(ThemeIds, StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);
    private readonly HashSet<object> _reservedFor = new(ReferenceEqualityComparer.Instance);

    // Sets shared by every page of an event (its item and day ids), looked up rather than copied into
    // _taken: each of an event's hundreds of pages would otherwise hash all of them again.
    private readonly List<IReadOnlySet<string>> _reserved = [];

    /// <summary>Reserves the ids that belong to <paramref name="owner"/> (ids that must stay as written) once per page, however often it is shown.</summary>
    public void ReserveOnce(object owner, Func<IReadOnlySet<string>> ids)
    {
        if (_reservedFor.Add(owner)) _reserved.Add(ids());
    }

    /// <summary><paramref name="id"/> when it is still free on the page, else the first free id with a suffix; the result is taken.</summary>
    public string Claim(string id)
    {
        if (TryTake(id)) return id;

        // Counting on from the last suffix given for this id keeps a page of many equal headings linear.
        var suffix = _nextSuffix.GetValueOrDefault(id, 2);
        string candidate;
        do
        {
            candidate = id + "-" + suffix.ToString(CultureInfo.InvariantCulture);
            suffix++;
        }
        while (!TryTake(candidate));

        _nextSuffix[id] = suffix;
        return candidate;
    }

    private bool TryTake(string id)
    {
        foreach (var reserved in _reserved)
        {
            if (reserved.Contains(id)) return false;
        }

        return _taken.Add(id);
    }
}
