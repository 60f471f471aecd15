using Arshjul.Site.Calendar;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>The labels the calendars ask for (DESCRIPTION, CATEGORIES) exist in the default theme, so no calendar shows a bare key.</summary>
public sealed class CalendarUiStringsTests
{
    public static TheoryData<string> Languages => new() { "sv", "nb", "en" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void DefaultTheme_HasEveryCalendarLabel(string language)
    {
        var file = Path.Combine(RepoPaths.Root, "themes", "default", "i18n", language + ".yml");
        var keys = File.ReadAllLines(file)
            .Where(l => l.Length > 0 && !char.IsWhiteSpace(l[0]) && !l.StartsWith('#') && l.Contains(':'))
            .Select(l => l[..l.IndexOf(':')].Trim())
            .ToHashSet(StringComparer.Ordinal);

        string[] asked =
        [
            CalendarBuilder.SpeakerKey, CalendarBuilder.SpeakersKey, CalendarBuilder.ModeratorKey,
            CalendarBuilder.ModeratorsKey, CalendarBuilder.MaterialsKey, CalendarBuilder.ProgrammeKey,
            .. new[] { "conference", "workshop", "meeting", "seminar", "webinar", "internat", "talk", "panel", "break", "lunch", "registration", "plenary", "group-work" }
                .Select(kind => CalendarBuilder.KindKeyPrefix + kind.Replace('-', '_')),
        ];
        Assert.All(asked, key => Assert.Contains(key, keys));
    }
}
