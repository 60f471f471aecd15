using Arshjul.Site.Build;
using Arshjul.Site.Model;

namespace Arshjul.Site.Schedule;

/// <summary>Placeholder until the schedule stage lands: computes nothing.</summary>
public static class ScheduleBuilder
{
    public static void Resolve(SiteModel model, DiagnosticBag diagnostics)
    {
    }
}
