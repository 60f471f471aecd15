using System.Globalization;
using Arshjul.Site.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.Serialization;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>Ical.Net's serialiser follows the thread's culture; <see cref="IcalNetText"/> must not.</summary>
public sealed class IcalNetTextTests
{
    [Theory]
    [InlineData("sv-SE")]
    [InlineData("nb-NO")]
    [InlineData("ar-SA")]
    public void TheTimeZoneRule_HasAnAsciiMinus_UnderTheThreadsCulture(string culture)
    {
        var zone = VTimeZone.FromDateTimeZone("Europe/Stockholm", new DateTime(2024, 1, 1), includeHistoricalData: false);
        var machine = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            // Why the wrapper exists: the library alone writes the culture's minus sign (U+2212, or U+061C and '-').
            Assert.DoesNotContain("BYDAY=-1SU", new CalendarSerializer().SerializeToString(zone), StringComparison.Ordinal);

            var text = IcalNetText.Serialize(zone);

            Assert.Contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n", text, StringComparison.Ordinal);
            Assert.Contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n", text, StringComparison.Ordinal);
            Assert.All(text, c => Assert.True(c < 128, $"U+{(int)c:X4} in:\n{text}"));
            Assert.Same(CultureInfo.GetCultureInfo(culture), CultureInfo.CurrentCulture);
        }
        finally
        {
            CultureInfo.CurrentCulture = machine;
        }
    }
}
