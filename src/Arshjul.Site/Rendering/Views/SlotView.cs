namespace Arshjul.Site.Rendering.Views;

/// <summary>Everything that starts at one time on one day: one item, or several parallel ones.</summary>
public sealed record SlotView(string TimeText, string StartIso, IReadOnlyList<ItemView> Items, bool IsParallel);
