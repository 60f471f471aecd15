using Arshjul.Site.Calendar;
using Arshjul.Site.Model;
using IcalCalendar = Ical.Net.Calendar;
using IcalEvent = Ical.Net.CalendarComponents.CalendarEvent;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>Shared set-up for the calendar tests: UI labels, a builder, and ways to read the output back.</summary>
internal static class CalendarTestSupport
{
    /// <summary>A few UI strings, as the theme's i18n files give them.</summary>
    public static string Label(string language, string key) => (language, key) switch
    {
        ("sv", CalendarBuilder.SpeakerKey or CalendarBuilder.SpeakersKey) => "Talare",
        ("sv", CalendarBuilder.ModeratorKey) => "Moderator",
        ("sv", CalendarBuilder.ModeratorsKey) => "Moderatorer",
        ("sv", CalendarBuilder.MaterialsKey) => "Material",
        (_, CalendarBuilder.SpeakerKey) => "Speaker",
        (_, CalendarBuilder.SpeakersKey) => "Speakers",
        (_, CalendarBuilder.ModeratorKey) => "Moderator",
        (_, CalendarBuilder.ModeratorsKey) => "Moderators",
        (_, CalendarBuilder.MaterialsKey) => "Materials",
        ("sv", CalendarBuilder.ProgrammeKey) => "Program",
        (_, CalendarBuilder.ProgrammeKey) => "Programme",
        ("sv", "kind_group_work") => "Grupparbete",
        ("en", "kind_group_work") => "Group work",
        _ => key, // as the theme's strings do for a key they lack
    };

    /// <summary>A trivial Markdown-to-text converter, so these tests do not depend on the Markdown stage.</summary>
    public static string PlainText(MarkdownText markdown) => markdown.Markdown.Trim();

    public static CalendarBuilder Builder(SiteModel model, SourceTimes? times = null) =>
        new(model.Options, times ?? SourceTimes.ModificationTimesOnly, PlainText, Label);

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
