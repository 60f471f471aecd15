namespace Arshjul.Site.Exchange;

/// <summary>What a talk says about its recording: the licence, that it must not be recorded, and where to watch it.</summary>
public sealed record ExchangeRecording(string? Licence, bool OptOut, string? Url);
