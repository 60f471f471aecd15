using System.Net;
using Arshjul.Cli.Serve;

namespace Arshjul.Site.Tests.Cli;

/// <summary>The dev server on the example site with the default theme: the edit-while-serving round trip an author makes.</summary>
public sealed class ExampleSiteServeTests
{
    private const string EventFile = "content/events/2024-riktningsmote/index.sv.md";

    [Fact]
    public async Task EditingAnEventsTitle_IsServedAfterTheRebuild()
    {
        using var site = CheckCommandTests.ExampleSite();
        var log = new StringWriter();
        await using var server = new DevServer(new DevServerOptions { Source = site.Root, Port = 0, Log = TextWriter.Synchronized(log) });
        var address = await server.StartAsync(CancellationToken.None);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var page = new Uri(address, "sv/events/2024-riktningsmote/");

        var before = await http.GetAsync(page);
        var html = await before.Content.ReadAsStringAsync();
        Assert.True(before.StatusCode == HttpStatusCode.OK, $"{before.StatusCode}\n{log}");
        Assert.Contains("Riktningsmöte 2024", html);
        Assert.Contains(LiveReloadScript.EventsPath, html);
        Assert.Equal("127.0.0.1", address.Host);

        var path = Path.Combine(site.Root, EventFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: Riktningsmöte 2024", "title: Riktningsmöte inför 2025"));

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!html.Contains("Riktningsmöte inför 2025", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "The edited title was not served within 15 s. Log:\n" + log);
            await Task.Delay(100);
            html = await http.GetStringAsync(page);
        }

        var missing = await http.GetAsync(new Uri(address, "nb/finnes-ikke/"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("nb", LangOf(await missing.Content.ReadAsStringAsync()));
    }

    private static string? LangOf(string html) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).DocumentElement.GetAttribute("lang");
}
