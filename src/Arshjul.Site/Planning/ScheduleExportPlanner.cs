using Arshjul.Site.Exchange;
using Arshjul.Site.Model;
using Arshjul.Site.Output;

namespace Arshjul.Site.Planning;

/// <summary>
/// The programme for schedule apps (content model: schedule.json and schedule.xml): per language, each
/// event with a timed item gets a c3voc schedule.json and a frab schedule.xml. They show what programme.ics
/// shows, so they depend on the same keys. Not in the sitemap: they are data, not pages.
/// </summary>
public static class ScheduleExportPlanner
{
    public static IEnumerable<PlannedOutput> Outputs(PlanContext context, IReadOnlyList<PlannedOutput> plannedBefore)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = context.Session;
        return Outputs(context.Model, new ScheduleExport(context.Model.Options, session.PlainText, session.Strings.Get), context.Dependencies);
    }

    public static IEnumerable<PlannedOutput> Outputs(SiteModel model, ScheduleExport export, Dependencies.Index? dependencies = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(export);
        var events = model.Events.Where(ScheduleExport.HasExport).ToList();
        var index = dependencies ?? new Dependencies.Index(model);
        var programmes = events.ToDictionary(ev => ev.Slug, index.OfProgramme, StringComparer.Ordinal);
        foreach (var language in model.Languages)
        {
            foreach (var ev in events)
            {
                // Both files show the same schedule: built once per event and language, by whichever renders first, and
                // let go after the second (at 5,000 items the schedules held to the end were a fifth of a build's memory).
                var schedule = new ValueForUses<ExchangeSchedule>(() => export.Build(ev, language), uses: 2);
                yield return new PlannedOutput(SitePaths.ScheduleJson(language, ev), OutputFormat.C3vocJson, () => C3vocJsonWriter.Write(schedule.Take()))
                {
                    Language = language,
                    DependsOn = programmes[ev.Slug],
                };
                yield return new PlannedOutput(SitePaths.ScheduleXml(language, ev), OutputFormat.FrabXml, () => FrabXmlWriter.Write(schedule.Take()))
                {
                    Language = language,
                    DependsOn = programmes[ev.Slug],
                };
            }
        }
    }
}
