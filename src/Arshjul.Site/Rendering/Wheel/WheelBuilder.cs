using Arshjul.Site.Model;
using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Rendering.Wheel;

/// <summary>
/// Makes the årshjul of one year for one page: texts in the page's language, links relative to
/// the page, colours by series when the wheel shows several series, else by kind.
/// </summary>
public static class WheelBuilder
{
    public static TrustedHtml Build(PageContext ctx, ViewFactory views, int year, IEnumerable<Event> events)
    {
        var site = ctx.Session.Site;
        var ofYear = events.Where(e => e.StartDate.Year == year).ToList();
        var bySeries = ofYear.Select(e => e.Series).OfType<string>().Distinct(StringComparer.Ordinal).Count() > 1;
        Func<Event, string?> key = bySeries ? e => e.Series : e => e.Kind;

        // Colours are numbered over the whole site, so "meeting" has one colour on every wheel.
        var allKeys = site.Events.Select(key).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var categories = new Dictionary<string, WheelCategory>(StringComparer.Ordinal);
        WheelCategory? CategoryOf(Event ev)
        {
            if (key(ev) is not { } value) return null;
            if (!categories.TryGetValue(value, out var category))
            {
                var label = bySeries ? value : ctx.Label("kind_", value) ?? value;
                category = new WheelCategory(value, label, WheelPalette.For(allKeys.IndexOf(value)));
                categories[value] = category;
            }

            return category;
        }

        var marks = ofYear.Select(ev =>
        {
            var summary = views.EventSummary(ev);
            // An untranslated title keeps its language, so screen readers pronounce it right.
            var lang = summary.ContentLang == ctx.Lang ? null : summary.ContentLang;
            return new WheelMark(summary.Title, ev.StartDate, ev.EndDate, summary.Url, summary.DateText, summary.StatusLabel, CategoryOf(ev), lang);
        }).ToList();

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ctx.Session.Now, ctx.Session.Options.TimeZone).DateTime);
        var wheel = new YearWheel(
            year,
            ctx.T("wheel_title", ("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            ctx.T("wheel_today"),
            ctx.T("wheel_legend"),
            Enumerable.Range(1, 12).Select(ctx.Dates.AbbreviatedMonthName).ToList(),
            marks,
            categories.Values.OrderBy(c => allKeys.IndexOf(c.Key)).ToList(),
            today.Year == year ? today : null);
        return WheelRenderer.Render(wheel);
    }
}
