using System.Globalization;
using System.Text;
using System.Xml;
using Arshjul.Site.Model;

namespace Arshjul.Site.Rendering.Feeds;

/// <summary>What the XML crawler files share: one writer setup (UTF-8 without BOM, "\n", indented) and date and text rules.</summary>
internal static class FeedXml
{
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    public static byte[] Write(Action<XmlWriter> body)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>RFC 3339 with the local offset, as Atom wants: "2024-03-08T08:30:00+01:00".</summary>
    public static string Date(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>A local time in a zone, with the zone's offset at that time (a skipped or repeated time as <see cref="LocalInstant"/> reads it).</summary>
    public static DateTimeOffset At(DateTime local, TimeZoneInfo zone) => LocalInstant.Of(local, zone);

    /// <summary>User text without the control characters XML cannot carry, so one stray character cannot break the feed.</summary>
    public static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) builder.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) builder.Append(text, i++, 2);
        }

        return builder.ToString();
    }
}
