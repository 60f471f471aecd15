using Arshjul.Site.Output;

namespace Arshjul.Site.Planning;

/// <summary>
/// One kind of output's planner: yields the planned outputs of that kind for a site. It sees the outputs
/// the planners before it yielded (the sitemap lists the pages).
/// </summary>
public delegate IEnumerable<PlannedOutput> OutputPlanner(PlanContext context, IReadOnlyList<PlannedOutput> plannedBefore);
