using Arshjul.Site.Content;

namespace Arshjul.Site.Tests.Loading;

public sealed class TimeOffsetTests
{
    [Theory]
    [InlineData("11:00+01:00", "11:00", "+01:00")]
    [InlineData("09.30-05", "09.30", "-05")]
    [InlineData("2024-03-08T11:00Z", "2024-03-08T11:00", "Z")]
    [InlineData("2024-03-08T11:00:00+0100", "2024-03-08T11:00:00", "+0100")]
    [InlineData("2024-03-08 11:00z", "2024-03-08 11:00", "z")]
    public void SplitsATimeFromItsOffset(string text, string local, string offset)
    {
        Assert.True(TimeParser.TrySplitOffset(text, out var actualLocal, out var actualOffset));
        Assert.Equal((local, offset), (actualLocal, actualOffset));
    }

    [Theory]
    [InlineData("2024-03-08")]
    [InlineData("2024-03-08Z")]
    [InlineData("11:00")]
    [InlineData("25:00+01:00")]
    [InlineData("kl 11+01")]
    public void IsNoOffset_WhenTheRestIsNoTime(string text) =>
        Assert.False(TimeParser.TrySplitOffset(text, out _, out _));
}
