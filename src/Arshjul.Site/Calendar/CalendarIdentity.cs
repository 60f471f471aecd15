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

    public CalendarIdentity(SiteOptions options, SourceTimes times)
    {
        ArgumentNullException.ThrowIfNull(options);
        Host = options.BaseUrl.IdnHost;
        _times = times;
    }

    /// <summary>The baseUrl's host (in ASCII form), the right-hand side of every UID.</summary>
    public string Host { get; }

    public CalendarStamp For(Event ev) => Stamp(ev.Slug + "@" + Host, ev.Files);

    /// <summary>An item's files are its own, or its event's for inline entries (<see cref="ProgrammeItem.Files"/>).</summary>
    public CalendarStamp For(ProgrammeItem item) => Stamp(item.Key + "@" + Host, item.Files);

    public static int Sequence(DateTimeOffset lastModified)
    {
        var seconds = (lastModified - SequenceEpoch).Ticks / TimeSpan.TicksPerSecond;
        return (int)Math.Clamp(seconds, 0, int.MaxValue);
    }

    private CalendarStamp Stamp(string uid, IReadOnlyList<ContentDocument> files)
    {
        // Every model object has at least one file; the epoch only keeps a hand-built one well-formed.
        var lastModified = _times.Latest(files) ?? SequenceEpoch;
        return new CalendarStamp(uid, lastModified.ToUniversalTime(), Sequence(lastModified));
    }
}
