using System.Text;
using Arshjul.Site.Calendar;
using Arshjul.Site.Model;
using Arshjul.Site.Output;

namespace Arshjul.Site.Planning;

/// <summary>
/// The site's .ics files (the content model's URL table), each with what it shows: per language the
/// subscription feed of all events, per event its own VEVENT, its programme.ics and its group calendars
/// (per day, room and track: <see cref="CalendarGroup"/>), one per item that has a page and a start, and one
/// per person who is in a timed item.
/// </summary>
public static class CalendarPlanner
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The output plan's calendars, with one read of git's history for the whole build (a shallow or failing git is a warning).</summary>
    public static IEnumerable<PlannedOutput> Outputs(PlanContext context, IReadOnlyList<PlannedOutput> plannedBefore)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = context.Session;
        context.Calendars.Current = NewBuilder(context.Source, context.Model, session, context.Diagnostics);
        return Outputs(context.Model, context.Calendars, context.Dependencies, (language, date) => session.Dates[language].LongDate(date));
    }

    /// <summary>A builder for the site's calendars, with one read of git's history (a shallow or failing git is a warning).</summary>
    public static CalendarBuilder NewBuilder(string source, SiteModel model, Rendering.RenderSession session, Diagnostics.DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(session);
        return new CalendarBuilder(model.Options, SourceTimes.Load(source, diagnostics), session.PlainText, session.Strings.Get);
    }

    /// <summary>Every calendar file of the site in every language, made by <paramref name="builder"/>.</summary>
    /// <param name="longDate">A day's name in a language, for a day calendar's name ("måndag 25 september 2017"); ISO dates without it.</param>
    public static IEnumerable<PlannedOutput> Outputs(SiteModel model, CalendarBuilder builder, Dependencies.Index? dependencies = null,
        Func<string, DateOnly, string>? longDate = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return Outputs(model, new CalendarBuilderSlot { Current = builder }, dependencies, longDate);
    }

    /// <summary>The same, rendering with whichever builder <paramref name="slot"/> holds when each calendar is rendered.</summary>
    private static IEnumerable<PlannedOutput> Outputs(SiteModel model, CalendarBuilderSlot slot, Dependencies.Index? dependencies,
        Func<string, DateOnly, string>? longDate)
    {
        ArgumentNullException.ThrowIfNull(model);
        var index = dependencies ?? new Dependencies.Index(model);
        var allEvents = Dependencies.Of(Dependencies.AllEvents);
        // Worked out once per event, not per language: programme.ics's set names every item of the event.
        // The event's file shows the event alone, so an edited item leaves it be; programme.ics shows every item.
        var eventAlone = model.Events.ToDictionary(ev => ev.Slug, index.OfEventAlone, StringComparer.Ordinal);
        var programme = model.Events.Where(CalendarBuilder.HasProgrammeCalendar).ToDictionary(ev => ev.Slug, index.OfProgramme, StringComparer.Ordinal);
        var groups = model.Events.ToDictionary(
            ev => ev.Slug,
            ev => CalendarGroup.Of(ev).Select(g => (Group: g, DependsOn: index.OfCalendars(ev, g.Items))).ToList(),
            StringComparer.Ordinal);
        var people = model.People.Values.Where(CalendarBuilder.HasPersonCalendar).OrderBy(p => p.Slug, StringComparer.Ordinal)
            .Select(p => (Person: p, DependsOn: index.OfPersonCalendar(p, CalendarBuilder.PersonEntries(p)))).ToList();
        longDate ??= (_, date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var language in model.Languages)
        {
            yield return Calendar(SitePaths.Calendar(language), language, allEvents, () => slot.Current.BuildSiteCalendar(model.Events, language));
            foreach (var ev in model.Events)
            {
                yield return Calendar(SitePaths.EventCalendar(language, ev), language, eventAlone[ev.Slug], () => slot.Current.BuildEventCalendar(ev, language));
                if (programme.TryGetValue(ev.Slug, out var programmeDependencies))
                {
                    yield return Calendar(SitePaths.ProgrammeCalendar(language, ev), language, programmeDependencies, () => slot.Current.BuildProgrammeCalendar(ev, language));
                }

                foreach (var (group, dependsOn) in groups[ev.Slug])
                {
                    var label = GroupLabel(group, language, slot.Current, longDate);
                    yield return Calendar(SitePaths.GroupCalendar(language, ev, group.Name), language, dependsOn, () => slot.Current.BuildGroupCalendar(ev, group, language, label));
                }

                foreach (var item in ev.AllItems.Where(CalendarBuilder.HasItemCalendar))
                {
                    yield return Calendar(SitePaths.ItemCalendar(language, item), language, index.OfCalendar(item), () => slot.Current.BuildItemCalendar(item, language));
                }
            }

            foreach (var (person, dependsOn) in people)
            {
                yield return Calendar(SitePaths.SpeakerCalendar(language, person), language, dependsOn, () => slot.Current.BuildPersonCalendar(person, language));
            }
        }
    }

    /// <summary>A group calendar's part of its name: the day's date, else "Rum: Sal A" (the pages' words for room and track).</summary>
    public static string GroupLabel(CalendarGroup group, string language, CalendarBuilder builder, Func<string, DateOnly, string> longDate)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(longDate);
        return group.Kind switch
        {
            CalendarGroupKind.Day => longDate(language, group.Date!.Value),
            CalendarGroupKind.Room => $"{builder.UiText(language, CalendarBuilder.RoomKey)}: {group.Value}",
            _ => $"{builder.UiText(language, CalendarBuilder.TrackKey)}: {group.Value}",
        };
    }

    private static PlannedOutput Calendar(string path, string language, IReadOnlySet<string> dependsOn, Func<string> text) =>
        new(path, OutputFormat.Calendar, () => Utf8.GetBytes(text())) { Language = language, DependsOn = dependsOn };
}
