using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Arshjul.Site.Tests.StructuredData;

/// <summary>Reads JSON-LD back from a page the way a crawler does: the script elements' text, parsed as JSON.</summary>
internal static class JsonLd
{
    public static IReadOnlyList<JsonElement> FromHtml(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone())
            .ToList();
    }

    public static string? Text(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static IReadOnlyList<string> Names(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var list) ? list.EnumerateArray().Select(e => e.Text("name")!).ToList() : [];
}
