using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Rendering.Views;

/// <summary>Everything the event page shows.</summary>
public sealed record EventView
{
    public required EventSummaryView Summary { get; init; }

    public required string Title { get; init; }

    public string? Kind { get; init; }

    public string? KindLabel { get; init; }

    public required string DateText { get; init; }

    public required string StartIso { get; init; }

    public string? EndIso { get; init; }

    public bool IsAllDay { get; init; }

    /// <summary>True when the event's last day was before the build's day (<c>--now</c>) in the event's time zone.</summary>
    public bool IsPast { get; init; }

    public required string Status { get; init; }

    public string? StatusLabel { get; init; }

    public string? Place { get; init; }

    public string? PlaceUrl { get; init; }

    public bool Online { get; init; }

    public IReadOnlyList<string> Organisers { get; init; } = [];

    public string? Audience { get; init; }

    public string? RegistrationText { get; init; }

    public string? RegistrationUrl { get; init; }

    public string? RegistrationOpens { get; init; }

    public string? RegistrationCloses { get; init; }

    public string? Series { get; init; }

    public string? SeriesUrl { get; init; }

    public string? TimeZoneNote { get; init; }

    public TrustedHtml? Body { get; init; }

    public required string ContentLang { get; init; }

    public bool IsFallback { get; init; }

    public required ProgrammeView Programme { get; init; }

    public required string IcsUrl { get; init; }

    public required string GoogleUrl { get; init; }

    /// <summary>The event's programme.ics, or null when the event has no timed item (and so no such file).</summary>
    public string? ProgrammeIcsUrl { get; init; }

    /// <summary>The programme for schedule apps (c3voc schedule.json), or null when the event has no timed item.</summary>
    public string? ScheduleJsonUrl { get; init; }

    /// <summary>The programme for schedule apps (frab schedule.xml), or null when the event has no timed item.</summary>
    public string? ScheduleXmlUrl { get; init; }

    /// <summary>The programme.ics link's text, with its number of entries ("… (22 programposter)").</summary>
    public string? ProgrammeIcsText { get; init; }

    public IReadOnlyList<LinkView> Articles { get; init; } = [];

    /// <summary>The calendars of the programme's rooms and tracks (the days' are under their headings).</summary>
    public IReadOnlyList<GroupCalendarView> GroupCalendars { get; init; } = [];

    /// <summary>The printable programme, or null when the event has no programme.</summary>
    public string? PrintUrl { get; init; }
}
