using Arshjul.Site.Calendar;
using Arshjul.Site.Model;
using IcalCalendar = Ical.Net.Calendar;
using IcalEvent = Ical.Net.CalendarComponents.CalendarEvent;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>Shared set-up for the calendar tests: labels, a builder, and times for unscheduled items.</summary>
internal static class CalendarTestSupport
{
    public static string Label(string language, string key) => (language, key) switch
    {
        ("sv", CalendarBuilder.SpeakersKey) => "Talare",
        ("sv", CalendarBuilder.ModeratorsKey) => "Moderator",
        ("sv", CalendarBuilder.MaterialsKey) => "Material",
        (_, CalendarBuilder.SpeakersKey) => "Speakers",
        (_, CalendarBuilder.ModeratorsKey) => "Moderators",
        (_, CalendarBuilder.MaterialsKey) => "Materials",
        _ => throw new ArgumentException($"Unexpected UI string key '{key}'."),
    };

    /// <summary>A trivial Markdown-to-text converter, so these tests do not depend on the Markdown stage.</summary>
    public static string PlainText(MarkdownText markdown) => markdown.Markdown.Trim();

    public static CalendarBuilder Builder(SiteModel model, SourceTimes? times = null) =>
        new(model.Options, times ?? SourceTimes.ModificationTimesOnly, PlainText, Label);

    /// <summary>
    /// Gives items the times the schedule stage would, for items it has left without one. While that
    /// stage is a placeholder this makes the calendar tests independent of it; once it computes times
    /// this changes nothing, since it only fills what is still empty.
    /// </summary>
    public static SiteModel Scheduled(this SiteModel model)
    {
        foreach (var ev in model.Events)
        {
            foreach (var item in ev.AllItems.Where(i => i.Start is null))
            {
                DateTime? start = item.DeclaredStart is { } declared ? declared.ToDateTime()
                    : item.Time is { } time ? ev.StartDate.AddDays(item.Day - 1).ToDateTime(time)
                    : null;
                if (start is null) continue;
                item.Start = start;
                item.End = item.DeclaredEnd is { } end ? end.ToDateTime()
                    : item.EndTime is { } endTime ? DateOnly.FromDateTime(start.Value).ToDateTime(endTime)
                    : item.Duration is { } duration ? start + duration
                    : null;
                item.ProgrammeDate = DateOnly.FromDateTime(start.Value);
            }
        }

        return model;
    }

    public static IcalCalendar Parse(string ics) =>
        IcalCalendar.Load(ics) ?? throw new InvalidOperationException("Ical.Net read no calendar from:\n" + ics);

    public static IcalEvent Single(this IcalCalendar calendar, string uid) =>
        Assert.Single(calendar.Events, e => e.Uid == uid);

    /// <summary>The unfolded value lines of a raw .ics, for asserting on exact property text.</summary>
    public static IReadOnlyList<string> Unfolded(string ics) =>
        ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The unfolded content lines of the VEVENT with this UID.</summary>
    public static IReadOnlyList<string> VEventLines(string ics, string uid)
    {
        var lines = Unfolded(ics);
        var events = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line == "BEGIN:VEVENT") current = [];
            else if (line == "END:VEVENT" && current is not null)
            {
                events.Add(current);
                current = null;
            }
            else current?.Add(line);
        }

        return Assert.Single(events, e => e.Contains("UID:" + uid));
    }
}
