using System.Text;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Build;

/// <summary>Author text lands escaped in every page, whatever field it is in.</summary>
public sealed class EscapingTests
{
    private const string Evil = "<script>alert(\"x\")</script> \"quoted\"";

    [Fact]
    public void ScriptAndQuotes_InFrontMatterTexts_AreEscapedInEveryPage()
    {
        using var site = new TestSite();
        site.Write("content/speakers/anna.md", $$"""
            ---
            name: '{{Evil}}'
            organisation: '{{Evil}}'
            role: '{{Evil}}'
            ---
            """);
        site.Write("content/events/x/index.sv.md", $$"""
            ---
            title: '{{Evil}}'
            summary: '{{Evil}}'
            audience: '{{Evil}}'
            registration: '{{Evil}}'
            organisers: ['{{Evil}}']
            location: { name: '{{Evil}}', city: '{{Evil}}' }
            series: '{{Evil}}'
            kind: '{{Evil}}'
            start: 2024-03-08T08:30
            schedule:
              - title: '{{Evil}}'
                time: "09.00"
                room: '{{Evil}}'
                description: Text
                speakers: [anna]
                materials: [{ title: '{{Evil}}', url: 'https://example.org/a.pdf' }]
            ---
            """);
        site.Write("content/news/2024-01-01-nytt.sv.md", $"---\ntitle: '{Evil}'\nsummary: '{Evil}'\n---\n");
        site.Write("content/pages/om.sv.md", $"---\ntitle: '{Evil}'\nsummary: '{Evil}'\n---\n");

        var result = SiteBuilder.Build(new BuildRequest { Source = site.Root, WriteOutput = false, Now = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 20);
        var leaking = pages.Where(p => Encoding.UTF8.GetString(p.Content).Contains("<script>alert", StringComparison.Ordinal)).Select(p => p.Path).ToList();
        Assert.Empty(leaking);
        var eventPage = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "sv/events/x/index.html").Content);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", eventPage);
    }
}
