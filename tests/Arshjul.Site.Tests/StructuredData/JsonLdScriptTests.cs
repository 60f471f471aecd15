using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Arshjul.Site.Rendering.StructuredData;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.StructuredData;

public sealed class JsonLdScriptTests
{
    private const string Hostile = "</script><script>alert(1)</script> <!-- & </SCRIPT > ]]> \u2028 \"citat\" 'x'";

    [Fact]
    public void TextWithScriptEndTags_StaysInsideTheString()
    {
        var html = "<!DOCTYPE html><html><head>" + JsonLdScript.Render(new JsonObject { ["name"] = Hostile }).Html + "</head><body></body></html>";

        using var document = new HtmlParser().ParseDocument(html);
        var scripts = document.QuerySelectorAll("script");
        var script = Assert.Single(scripts);
        Assert.Equal("application/ld+json", script.GetAttribute("type"));
        Assert.Equal(Hostile, JsonDocument.Parse(script.TextContent).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void HtmlSensitiveCharacters_AreWrittenAsEscapes_AndLettersAreKept()
    {
        var text = JsonLdScript.Serialize(new JsonObject { ["name"] = "Riktningsmöte <&> 2024", ["startDate"] = "2024-03-08T08:30:00+01:00" });

        Assert.Equal("{\"name\":\"Riktningsmöte \\u003c\\u0026\\u003e 2024\",\"startDate\":\"2024-03-08T08:30:00+01:00\"}", text);
    }

    [Fact]
    public void EventTitleWithScriptEndTag_CannotBreakOutOfTheEventPage()
    {
        using var site = new TestSite();
        site.Write("content/events/test/index.sv.md", "---\ntitle: \"" + Hostile.Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\u2028", "\\L", StringComparison.Ordinal) + "\"\nstart: 2024-03-08\nsummary: \"a </script> b\"\n---\nText.\n");
        var model = site.LoadValid();

        var html = EventJsonLd.ForEvent(model.FindEvent("test")!, "sv", model.Options).Html;

        Assert.Equal(1, CountOf(html, "</script>"));
        Assert.EndsWith("</script>", html, StringComparison.Ordinal);
        var json = Assert.Single(JsonLd.FromHtml("<html><head>" + html + "</head></html>"));
        Assert.Equal(Hostile, json.Text("name"));
        Assert.Equal("a </script> b", json.Text("description"));
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.OrdinalIgnoreCase).Length) / part.Length;
}
