namespace Arshjul.Site.Exchange;

/// <summary>A track of the programme, with its colour (a CSS colour as written) when it has one.</summary>
public sealed record ExchangeTrack(string Name, string? Colour);
