using System.Text;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Build;

/// <summary>
/// An item's <c>recording</c> (content model: <c>{ url, licence }</c> or <c>false</c>): shown on the item's
/// page, escaped, its URL under the rule for every author URL.
/// </summary>
public sealed class RecordingTests
{
    private const string Event = "---\ntitle: Möte\nstart: 2024-03-08T09:00\n---\n";

    [Fact]
    public void Recording_WithUrlAndLicence_IsShownOnTheItemPage_Escaped_WithASitePathMadeRelative()
    {
        using var site = new TestSite();
        site.Write("content/events/mote/index.sv.md", Event);
        site.Write("content/events/mote/sessions/oppning.sv.md",
            "---\ntitle: Öppning\nstart: 2024-03-08T09:00\nrecording:\n  url: /inspelningar/oppning.mp4\n  licence: '<b>CC BY</b> & \"4.0\"'\n---\n");
        site.WriteBytes("static/inspelningar/oppning.mp4", [0, 1, 2]);

        var page = ItemPage(site, "sv/events/mote/oppning/index.html");

        Assert.Contains(
            "<div><dt>Inspelning</dt><dd><a href=\"../../../../inspelningar/oppning.mp4\">Se inspelningen</a>, Licens: &lt;b&gt;CC BY&lt;/b&gt; &amp; &quot;4.0&quot;</dd></div>",
            page, StringComparison.Ordinal);
    }

    [Fact]
    public void Recording_WithAnExternalUrlOnly_LinksToIt_WithoutALicence()
    {
        using var site = new TestSite();
        site.Write("content/events/mote/index.sv.md", Event);
        site.Write("content/events/mote/sessions/oppning.sv.md",
            "---\ntitle: Öppning\nstart: 2024-03-08T09:00\nrecording: { url: 'https://media.example.org/v?id=1&t=2' }\n---\n");

        var page = ItemPage(site, "en/events/mote/oppning/index.html");

        Assert.Contains("<div><dt>Recording</dt><dd><a href=\"https://media.example.org/v?id=1&amp;t=2\">Watch the recording</a></dd></div>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordingFalse_SaysTheItemIsNotRecorded()
    {
        using var site = new TestSite();
        site.Write("content/events/mote/index.sv.md", Event);
        site.Write("content/events/mote/sessions/oppning.sv.md", "---\ntitle: Öppning\nstart: 2024-03-08T09:00\nrecording: false\n---\n");

        var page = ItemPage(site, "nb/events/mote/oppning/index.html");

        Assert.Contains("<div><dt>Opptak</dt><dd>Denne programposten blir ikke tatt opp.</dd></div>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void NoRecordingKey_ShowsNothingAboutRecording()
    {
        using var site = new TestSite();
        site.Write("content/events/mote/index.sv.md", Event);
        site.Write("content/events/mote/sessions/oppning.sv.md", "---\ntitle: Öppning\nstart: 2024-03-08T09:00\n---\n");

        var page = ItemPage(site, "sv/events/mote/oppning/index.html");

        Assert.DoesNotContain("Inspelning", page, StringComparison.Ordinal);
    }

    [Fact]
    public void InlineEntry_TakesRecordingToo()
    {
        using var site = new TestSite();
        site.Write("content/events/mote/index.sv.md",
            "---\ntitle: Möte\nstart: 2024-03-08T09:00\nschedule:\n  - title: Öppning\n    time: \"09.00\"\n    description: Text\n    recording: { url: 'https://example.org/v', licence: CC0 }\n---\n");

        var page = ItemPage(site, "sv/events/mote/oppning/index.html");

        Assert.Contains("<a href=\"https://example.org/v\">Se inspelningen</a>, Licens: CC0", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("recording: yes please", "4:12: error AJ0105: 'recording' should be { url, licence } or false, not 'yes please'.")]
    [InlineData("recording: true", "4:12: error AJ0105: 'recording' should be { url, licence } or false, not 'true'.")]
    [InlineData("recording: [a]", "4:12: error AJ0105: 'recording' should be { url, licence } or false, not a list.")]
    [InlineData("recording: { url: 'https://example.org/v', license: CC0 }", "4:44: error AJ0103: Unknown key 'license' in 'recording'. Did you mean 'licence'?")]
    [InlineData("recording: { url: 'data:text/html,<script>x</script>' }", "4:19: error AJ0128: The address 'data:text/html,<script>x</script>' starts with 'data:', which a link on this site cannot use; links can be http:, https:, mailto:, tel: or webcal: addresses, or paths on this site.")]
    [InlineData("recording: { url: /saknas.mp4 }", "4:19: error AJ0202: 'url' points to '/saknas.mp4', but there is no file static/saknas.mp4.")]
    public void WrongRecordings_AreErrorsAtTheValue(string line, string expected)
    {
        using var site = new TestSite();
        site.Write("content/events/mote/index.sv.md", Event);
        site.Write("content/events/mote/sessions/oppning.sv.md", $"---\ntitle: Öppning\nstart: 2024-03-08T09:00\n{line}\n---\n");

        var (_, diagnostics) = site.Load();

        var error = Assert.Single(diagnostics);
        Assert.Equal("content/events/mote/sessions/oppning.sv.md:" + expected, error.ToString());
    }

    private static string ItemPage(TestSite site, string path)
    {
        var result = SiteBuilder.Build(new BuildRequest { Source = site.Root, WriteOutput = false, Now = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content);
    }
}
