using Arshjul.Site.Configuration;

namespace Arshjul.Site.Exchange.Import;

/// <summary>What `arshjul import` was asked: the schedule (already read), where it goes, in which language.</summary>
/// <param name="SiteRoot">The folder with site.yml.</param>
/// <param name="Force">Overwrite files that exist (a re-import of a newer version of the schedule).</param>
public sealed record ImportRequest(string SiteRoot, SiteOptions Options, ExchangeSchedule Schedule, string EventSlug, string Language, bool Force);
