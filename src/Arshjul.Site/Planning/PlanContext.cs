using Arshjul.Site.Diagnostics;
using Arshjul.Site.Model;
using Arshjul.Site.Rendering;
using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Planning;

/// <summary>What the planners plan from: the site, its theme, the render session and the page jobs.</summary>
/// <param name="Source">The site root (for git history and static files).</param>
/// <param name="Pages">The site's HTML pages (<see cref="PagePlanner.Plan"/>), planned first because content links resolve against them.</param>
/// <param name="Diagnostics">Where planners report (a shallow git history, an unreadable static file).</param>
public sealed record PlanContext(
    string Source,
    SiteModel Model,
    TemplateLoader Templates,
    RenderSession Session,
    IReadOnlyList<PageJob> Pages,
    Dependencies.Index Dependencies,
    DiagnosticBag Diagnostics)
{
    /// <summary>The builder the planned calendars render with (<see cref="CalendarPlanner"/> puts it in).</summary>
    public CalendarBuilderSlot Calendars { get; } = new();
}
