namespace Arshjul.Site.Calendar;

/// <summary>The identity of one VEVENT: the same in every language, and stable across unchanged rebuilds.</summary>
/// <param name="Uid">"&lt;event&gt;@&lt;host&gt;" or "&lt;event&gt;/&lt;item&gt;@&lt;host&gt;".</param>
/// <param name="LastModified">The latest change among the source files, whole seconds, UTC; also DTSTAMP.</param>
/// <param name="Sequence">Whole seconds from 2020-01-01T00:00Z to <paramref name="LastModified"/>, never negative.</param>
public sealed record CalendarStamp(string Uid, DateTimeOffset LastModified, int Sequence);
