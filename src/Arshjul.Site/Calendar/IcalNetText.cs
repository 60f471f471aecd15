using System.Globalization;
using Ical.Net.Serialization;

namespace Arshjul.Site.Calendar;

/// <summary>
/// Ical.Net's serialiser, run under the invariant culture. The serialiser formats numbers with the thread's
/// culture: under sv-SE or nb-NO it writes a VTIMEZONE rule as <c>BYDAY=−1SU</c> (U+2212 MINUS SIGN), and
/// ar-SA adds a direction mark, so the file would depend on the build machine's locale and readers reject it.
/// </summary>
internal static class IcalNetText
{
    public static string Serialize(object component)
    {
        var machine = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return new CalendarSerializer().SerializeToString(component) ?? "";
        }
        finally
        {
            CultureInfo.CurrentCulture = machine;
        }
    }
}
