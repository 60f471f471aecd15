namespace Arshjul.Site.Exchange;

/// <summary>A room of the programme, with a stable id.</summary>
public sealed record ExchangeRoom(string Name, Guid Guid);
