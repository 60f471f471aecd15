using Arshjul.Site.Model;

namespace Arshjul.Site.Tests.Schedule;

/// <summary>
/// A local time of an event's zone as an instant, with RFC 5545 §3.3.5's choice at clock changes: a
/// skipped time takes the offset before the gap, a repeated time its first occurrence. The expected
/// instants are worked out by hand from the zones' rules (checked against Python's zoneinfo).
/// </summary>
public sealed class LocalInstantTests
{
    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    private static DateTime Local(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void SkippedTime_TakesTheOffsetBeforeTheGap_AndIsAnHourLaterOnTheClock()
    {
        // Stockholm, 2025-03-30: 02:00 CET becomes 03:00 CEST (01:00Z).
        var read = LocalInstant.Resolve(Local(2025, 3, 30, 2, 30), Zone("Europe/Stockholm"));

        Assert.Equal(LocalTimeKind.Skipped, read.Kind);
        Assert.Equal(Utc(2025, 3, 30, 1, 30), read.Instant);
        Assert.Equal(TimeSpan.FromHours(2), read.Instant.Offset);
        Assert.Equal(Local(2025, 3, 30, 3, 30), read.Clock);
        Assert.Equal((Local(2025, 3, 30, 2, 0), Local(2025, 3, 30, 3, 0)), read.ClockChange);
    }

    [Fact]
    public void RepeatedTime_IsTheFirstOccurrence()
    {
        // Stockholm, 2025-10-26: 03:00 CEST becomes 02:00 CET (01:00Z); 02:30 happens at 00:30Z and 01:30Z.
        var read = LocalInstant.Resolve(Local(2025, 10, 26, 2, 30), Zone("Europe/Stockholm"));

        Assert.Equal(LocalTimeKind.Repeated, read.Kind);
        Assert.Equal(Utc(2025, 10, 26, 0, 30), read.Instant);
        Assert.Equal(TimeSpan.FromHours(2), read.Instant.Offset);
        Assert.Equal(Local(2025, 10, 26, 2, 30), read.Clock);
        Assert.Equal((Local(2025, 10, 26, 3, 0), Local(2025, 10, 26, 2, 0)), read.ClockChange);
    }

    [Fact]
    public void HalfHourChanges_OnLordHowe_AreReadTheSameWay()
    {
        var zone = Zone("Australia/Lord_Howe");

        // 2025-10-05: 02:00 (+10:30) becomes 02:30 (+11:00); 02:15 is read with +10:30, as 02:45 on the clock.
        var skipped = LocalInstant.Resolve(Local(2025, 10, 5, 2, 15), zone);
        Assert.Equal(LocalTimeKind.Skipped, skipped.Kind);
        Assert.Equal(Utc(2025, 10, 4, 15, 45), skipped.Instant);
        Assert.Equal(Local(2025, 10, 5, 2, 45), skipped.Clock);
        Assert.Equal((Local(2025, 10, 5, 2, 0), Local(2025, 10, 5, 2, 30)), skipped.ClockChange);

        // 2025-04-06: 02:00 (+11:00) becomes 01:30 (+10:30); 01:45 first happens at 14:45Z.
        var repeated = LocalInstant.Resolve(Local(2025, 4, 6, 1, 45), zone);
        Assert.Equal(LocalTimeKind.Repeated, repeated.Kind);
        Assert.Equal(Utc(2025, 4, 5, 14, 45), repeated.Instant);
        Assert.Equal((Local(2025, 4, 6, 2, 0), Local(2025, 4, 6, 1, 30)), repeated.ClockChange);
    }

    [Fact]
    public void GapAtMidnight_InSaoPauloIn2018_MovesTheTimeToOneInTheMorning()
    {
        // 2018-11-04 00:00 (-03:00) became 01:00 (-02:00): midnight itself did not happen.
        var read = LocalInstant.Resolve(Local(2018, 11, 4, 0, 30), Zone("America/Sao_Paulo"));

        Assert.Equal(LocalTimeKind.Skipped, read.Kind);
        Assert.Equal(Utc(2018, 11, 4, 3, 30), read.Instant);
        Assert.Equal(Local(2018, 11, 4, 1, 30), read.Clock);
    }

    [Fact]
    public void EveryQuarterHour_OfTwoYears_IsReadAsTheClocksShowIt_InSeveralZones()
    {
        foreach (var id in new[] { "Europe/Stockholm", "Europe/Oslo", "America/Sao_Paulo", "Europe/Moscow", "Australia/Lord_Howe", "UTC" })
        {
            // The oracle: every quarter-hour instant turned into the clock time it shows (UTC to local has one answer).
            var zone = Zone(id);
            var shown = new Dictionary<DateTime, List<DateTimeOffset>>();
            for (var instant = Utc(2009, 12, 30, 0, 0); instant < Utc(2012, 1, 2, 0, 0); instant = instant.AddMinutes(15))
            {
                var clock = TimeZoneInfo.ConvertTime(instant, zone);
                if (!shown.TryGetValue(clock.DateTime, out var list)) shown[clock.DateTime] = list = [];
                list.Add(instant);
            }

            var kinds = new Dictionary<LocalTimeKind, int>();
            for (var local = Local(2010, 1, 1, 0, 0); local < Local(2012, 1, 1, 0, 0); local = local.AddMinutes(15))
            {
                var read = LocalInstant.Resolve(local, zone);
                kinds[read.Kind] = kinds.GetValueOrDefault(read.Kind) + 1;
                var instants = shown.GetValueOrDefault(local) ?? [];
                var expected = instants.Count switch { 0 => LocalTimeKind.Skipped, 1 => LocalTimeKind.Unique, _ => LocalTimeKind.Repeated };
                Assert.True(expected == read.Kind, $"{id} {local:s}: read as {read.Kind}, the clocks show it {instants.Count} times");
                Assert.Equal(zone.GetUtcOffset(read.Instant), read.Instant.Offset);
                if (read.Kind == LocalTimeKind.Skipped)
                {
                    Assert.True(read.Clock > local, $"{id} {local:s}");
                    Assert.Equal(read.Clock, TimeZoneInfo.ConvertTime(read.Instant, zone).DateTime);
                }
                else
                {
                    Assert.Equal(instants.Min(), read.Instant);
                    Assert.Equal(local, read.Clock);
                }
            }

            Assert.True(kinds[LocalTimeKind.Unique] > 60_000, id);
            if (id == "UTC") Assert.Single(kinds);
            if (id == "Europe/Stockholm") Assert.Equal((8, 8), (kinds[LocalTimeKind.Skipped], kinds[LocalTimeKind.Repeated]));
        }
    }

    [Fact]
    public void Offsets_AreShownTheSameInEveryCulture()
    {
        Assert.Equal("UTC+02:00", LocalInstant.ShowOffset(TimeSpan.FromHours(2)));
        Assert.Equal("UTC-03:00", LocalInstant.ShowOffset(TimeSpan.FromHours(-3)));
        Assert.Equal("UTC+10:30", LocalInstant.ShowOffset(new TimeSpan(10, 30, 0)));
        Assert.Equal("UTC", LocalInstant.ShowOffset(TimeSpan.Zero));
    }
}
