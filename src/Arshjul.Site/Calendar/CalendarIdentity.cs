using System.Collections.Concurrent;
using Arshjul.Site.Configuration;
using Arshjul.Site.Content;
using Arshjul.Site.Model;

namespace Arshjul.Site.Calendar;

/// <summary>
/// UID, LAST-MODIFIED/DTSTAMP and SEQUENCE of events and items, as the content model's
/// "Calendar identity" section defines them. A published change to a source file raises SEQUENCE,
/// so subscribed calendars take the update; an unchanged rebuild keeps every value.
/// </summary>
public sealed class CalendarIdentity
{
    /// <summary>SEQUENCE counts seconds from here: small enough for an int until 2088.</summary>
    public static readonly DateTimeOffset SequenceEpoch = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly SourceTimes _times;
    private readonly ConcurrentDictionary<Event, DateTimeOffset?> _programmes = new(ReferenceEqualityComparer.Instance);

    public CalendarIdentity(SiteOptions options, SourceTimes times)
    {
        ArgumentNullException.ThrowIfNull(options);
        Host = options.BaseUrl.IdnHost;
        _times = times;
    }

    /// <summary>The baseUrl's host (in ASCII form), the right-hand side of every UID.</summary>
    public string Host { get; }

    /// <summary>When the source files last changed, as these stamps read it.</summary>
    public SourceTimes Times => _times;

    public CalendarStamp For(Event ev) => Stamp(ev.Slug + "@" + Host, _times.Latest(ev.Files));

    public CalendarStamp For(ProgrammeItem item) => Stamp(Uid(item, Host), LastChange(item));

    /// <summary>
    /// An item's UID, "&lt;event&gt;/&lt;item id&gt;@&lt;host&gt;", the same in every language: also the key pages give the
    /// item for the reader's stars (js/stars.js), so a starred item and its VEVENT match, and what its guid in the
    /// schedule exports is made from.
    /// </summary>
    public static string Uid(ProgrammeItem item, string host)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Key + "@" + host;
    }

    /// <summary>
    /// The latest change among the files that give an item's VEVENT its content: the files it is written
    /// in, its event's index files in every language (time zone, day change, location, status), its
    /// parent's for a nested item (its day, status and perhaps its time), and, when its end is not its own
    /// ('end' or 'duration'), every session file of the event, removed ones included. The end then comes
    /// from whichever item follows it, and that can be any of them: one moved away or removed leaves the
    /// end to an older file, and counting only the current next item would lower SEQUENCE as DTEND changes.
    /// Null only for a hand-built item without files.
    /// </summary>
    public DateTimeOffset? LastChange(ProgrammeItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var latest = Later(_times.Latest(item.Files), _times.Latest(item.Event.Files));
        if (item.Parent is { } parent) return Later(latest, LastChange(parent));
        return item.EndFrom is EndSource.Declared or EndSource.Duration ? latest : Later(latest, Programme(item.Event));
    }

    /// <summary>
    /// The items whose stamp a change of <paramref name="item"/>'s files can move (<see cref="LastChange(ProgrammeItem)"/>):
    /// the item itself, every item of its event whose end is not its own (those count every session file of the
    /// event), and the items nested in any of them (they count their parent's).
    /// </summary>
    public static IReadOnlySet<ProgrammeItem> StampedWith(ProgrammeItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var stamped = new HashSet<ProgrammeItem>(ReferenceEqualityComparer.Instance);
        foreach (var other in item.Event.AllItems)
        {
            if (Reaches(other)) stamped.Add(other);
        }

        return stamped;

        bool Reaches(ProgrammeItem other) =>
            other == item || (other.Parent is { } parent ? Reaches(parent) : other.EndFrom is not (EndSource.Declared or EndSource.Duration));
    }

    public static int Sequence(DateTimeOffset lastModified)
    {
        var seconds = (lastModified - SequenceEpoch).Ticks / TimeSpan.TicksPerSecond;
        return (int)Math.Clamp(seconds, 0, int.MaxValue);
    }

    /// <summary>The folder of an event's session files: content/events/&lt;event&gt;/sessions.</summary>
    public static string SessionsFolder(Event ev) =>
        Path.Combine(Path.GetDirectoryName(ev.Files[0].FullPath)!, ContentPath.SessionsFolder);

    // The latest change among the event's session files, and the removals git (or the folder) records.
    private DateTimeOffset? Programme(Event ev) => _programmes.GetOrAdd(ev, e =>
        Later(_times.Latest(e.Items.Where(i => i.IsFile).SelectMany(i => i.Files)), e.Files.Count == 0 ? null : _times.LatestUnder(SessionsFolder(e))));

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static CalendarStamp Stamp(string uid, DateTimeOffset? latest)
    {
        // Every model object has at least one file; the epoch only keeps a hand-built one well-formed.
        var lastModified = latest ?? SequenceEpoch;
        return new CalendarStamp(uid, lastModified.ToUniversalTime(), Sequence(lastModified));
    }
}
