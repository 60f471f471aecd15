using System.Text;

namespace Arshjul.Site.Calendar;

/// <summary>
/// Writes iCalendar content lines exactly as Ical.Net 5.2.4's serializer does, for the VEVENTs the
/// builder writes by hand (Ical.Net's per-event cost was most of a calendar's): TEXT values escape
/// <c>\ ; ,</c> and line breaks (CRLF, CR and LF each as <c>\n</c>), parameter values lose
/// double quotes and are quoted when they hold <c>; : ,</c>, and a line longer than 75 UTF-8 octets
/// is folded (CRLF and a space) before the character that would pass 75, counting each UTF-16
/// unit alone (3 octets for either half of a surrogate pair, as Ical.Net does). Every line ends in CRLF.
/// CalendarSerializerTests compares this against Ical.Net's own output. One writer per calendar: not thread safe.
/// </summary>
internal sealed class IcsWriter(StringBuilder output)
{
    private const int MaxOctets = 75;
    private const string LineBreak = "\r\n";

    private readonly StringBuilder _line = new(256);

    public StringBuilder Output => output;

    /// <summary>A line with nothing to escape or fold: BEGIN:VEVENT, END:VEVENT.</summary>
    public void Literal(string line) => output.Append(line).Append(LineBreak);

    /// <summary>A TEXT property; nothing for null.</summary>
    public void Text(string name, string? value)
    {
        if (value is null) return;
        _line.Append(name).Append(':');
        AppendEscaped(value);
        Flush();
    }

    /// <summary>A multi-valued TEXT property (CATEGORIES) on one line, the values comma-separated; nothing for none.</summary>
    public void TextList(string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        _line.Append(name).Append(':');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0) _line.Append(',');
            AppendEscaped(values[i]);
        }

        Flush();
    }

    /// <summary>A value written as it is (a URI: Ical.Net writes its original string).</summary>
    public void Raw(string name, string value)
    {
        _line.Append(name).Append(':').Append(value);
        Flush();
    }

    public void Integer(string name, int value)
    {
        _line.Append(name).Append(':').Append(value);
        Flush();
    }

    /// <summary>A DATE-TIME in UTC: 20240308T073000Z.</summary>
    public void Utc(string name, DateTime utc)
    {
        _line.Append(name).Append(':');
        AppendDateTime(utc);
        _line.Append('Z');
        Flush();
    }

    /// <summary>
    /// A local DATE-TIME in a zone: DTSTART;TZID=Europe/Stockholm:20240308T083000. Ical.Net treats the
    /// zone "UTC" (any case) as UTC and writes 20240308T083000Z without TZID.
    /// </summary>
    public void Zoned(string name, DateTime local, string tzId)
    {
        if (IsUtc(tzId))
        {
            Utc(name, local);
            return;
        }

        _line.Append(name).Append(";TZID=");
        AppendParameterValue(tzId);
        _line.Append(':');
        AppendDateTime(local);
        Flush();
    }

    /// <summary>A DATE: DTSTART;VALUE=DATE:20240926.</summary>
    public void Date(string name, DateOnly date)
    {
        _line.Append(name).Append(";VALUE=DATE:");
        AppendDate(date.Year, date.Month, date.Day);
        Flush();
    }

    /// <summary>As Ical.Net's CalDateTime.IsUtc: such a time gets no VTIMEZONE.</summary>
    public static bool IsUtc(string tzId) => string.Equals(tzId, "UTC", StringComparison.OrdinalIgnoreCase);

    private void AppendEscaped(string value)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var escape = value[i] switch
            {
                '\\' => "\\\\",
                ';' => "\\;",
                ',' => "\\,",
                '\n' => "\\n",
                '\r' => "\\n",
                _ => null,
            };
            if (escape is null) continue;
            _line.Append(value, start, i - start).Append(escape);
            if (value[i] == '\r' && i + 1 < value.Length && value[i + 1] == '\n') i++; // CRLF is one break
            start = i + 1;
        }

        _line.Append(value, start, value.Length - start);
    }

    private void AppendParameterValue(string value)
    {
        var quote = value.AsSpan().IndexOfAny(';', ':', ',') >= 0;
        if (quote) _line.Append('"');
        foreach (var c in value)
        {
            if (c != '"') _line.Append(c);
        }

        if (quote) _line.Append('"');
    }

    private void AppendDateTime(DateTime time)
    {
        AppendDate(time.Year, time.Month, time.Day);
        _line.Append('T');
        AppendDigits(time.Hour, 2);
        AppendDigits(time.Minute, 2);
        AppendDigits(time.Second, 2);
    }

    private void AppendDate(int year, int month, int day)
    {
        AppendDigits(year, 4);
        AppendDigits(month, 2);
        AppendDigits(day, 2);
    }

    private void AppendDigits(int value, int width)
    {
        Span<char> digits = stackalloc char[width];
        for (var i = width - 1; i >= 0; i--)
        {
            digits[i] = (char)('0' + value % 10);
            value /= 10;
        }

        _line.Append(digits);
    }

    /// <summary>Moves the finished line to the output, folded, and starts a new one.</summary>
    private void Flush()
    {
        if (Octets(_line) <= MaxOctets)
        {
            foreach (var chunk in _line.GetChunks()) output.Append(chunk.Span);
        }
        else
        {
            var octets = 0;
            foreach (var chunk in _line.GetChunks())
            {
                foreach (var c in chunk.Span)
                {
                    // A surrogate pair is one 4-octet character: fold before it, never between its halves
                    // (Ical.Net does split it there, which turns an emoji into two U+FFFD).
                    var size = char.IsHighSurrogate(c) ? 4 : char.IsLowSurrogate(c) ? 0 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                    if (size > 0 && octets + size > MaxOctets)
                    {
                        output.Append(LineBreak).Append(' ');
                        octets = 1;
                    }

                    output.Append(c);
                    octets += size;
                }
            }
        }

        output.Append(LineBreak);
        _line.Clear();
    }

    /// <summary>The UTF-8 length of the line (a surrogate pair is 4 octets, a lone surrogate 3, as Encoding.UTF8 counts).</summary>
    private static int Octets(StringBuilder line)
    {
        var octets = 0;
        var pendingHigh = false;
        foreach (var chunk in line.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (pendingHigh && char.IsLowSurrogate(c))
                {
                    octets += 1; // the high half counted 3, the pair is 4
                    pendingHigh = false;
                    continue;
                }

                pendingHigh = char.IsHighSurrogate(c);
                octets += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
        }

        return octets;
    }
}
