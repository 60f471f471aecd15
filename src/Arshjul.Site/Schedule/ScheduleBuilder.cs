using Arshjul.Site.Diagnostics;
using Arshjul.Site.Model;

namespace Arshjul.Site.Schedule;

/// <summary>
/// The schedule stage: turns the times authors wrote into start, end and programme day for every
/// item, puts each event's programme in order, lists every person's items, and warns about clashes.
/// </summary>
public static class ScheduleBuilder
{
    public static void Resolve(SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var ev in model.Events)
        {
            ItemTimes.Resolve(ev, diagnostics);
            ScheduleOrder.Sort(ev);
        }

        FillPersonItems(model);
        ScheduleChecks.Run(model, diagnostics);
    }

    private static void FillPersonItems(SiteModel model)
    {
        foreach (var person in model.People.Values) person.Items.Clear();
        var byPerson = model.Events
            .SelectMany(ev => ev.AllItems)
            .SelectMany(item => item.People.Where(p => p.Person is not null).Select(p => (Person: p.Person!, Item: item)))
            .GroupBy(pair => pair.Person);
        foreach (var group in byPerson)
        {
            group.Key.Items.AddRange(group.Select(pair => pair.Item).Distinct().OrderBy(i => i, ScheduleOrder.AcrossEvents));
        }
    }
}
