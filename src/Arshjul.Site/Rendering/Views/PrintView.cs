using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Rendering.Views;

/// <summary>The printable programme of an event: its facts, every day of its programme, and the QR codes to the web.</summary>
public sealed record PrintView
{
    public required EventSummaryView Event { get; init; }

    /// <summary>Every programme day (on one sheet, also for programmes whose event page is split by day).</summary>
    public required IReadOnlyList<DayView> Days { get; init; }

    public IReadOnlyList<ItemView> Unscheduled { get; init; } = [];

    /// <summary>The event page, then programme.ics when the event has one.</summary>
    public required IReadOnlyList<QrCodeView> Codes { get; init; }
}

/// <summary>A QR code with what it leads to, in words and as the address printed under it.</summary>
public sealed record QrCodeView(string Label, string Url, TrustedHtml Svg);
