using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Rendering.Views;

/// <summary>One year of events: the wheel and the list beside it.</summary>
public sealed record YearView(int Year, string Title, string Url, IReadOnlyList<EventSummaryView> Events, TrustedHtml? Wheel);
