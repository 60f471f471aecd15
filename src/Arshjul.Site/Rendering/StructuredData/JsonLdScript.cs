using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Rendering.StructuredData;

/// <summary>
/// A JSON-LD object as a whole <c>&lt;script type="application/ld+json"&gt;</c> element that no text
/// inside it can end early: every &lt; &gt; &amp; is written as \u003c \u003e \u0026, so a title
/// containing "&lt;/script&gt;" or "&lt;!--" stays a string.
/// </summary>
public static class JsonLdScript
{
    // The relaxed encoder keeps "ö" and the "+" of "+01:00" readable; the three characters that
    // matter inside <script> are escaped below instead. JSON has them nowhere outside strings,
    // and inside a string \u003c means the same as <, so the replacement changes no value.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static TrustedHtml Render(JsonObject json) =>
        new("<script type=\"application/ld+json\">" + Serialize(json) + "</script>");

    public static string Serialize(JsonObject json) =>
        json.ToJsonString(Options)
            .Replace("<", "\\u003c", StringComparison.Ordinal)
            .Replace(">", "\\u003e", StringComparison.Ordinal)
            .Replace("&", "\\u0026", StringComparison.Ordinal);
}
