using Arshjul.Site.BrowserTests.Support;
namespace Arshjul.Site.BrowserTests;
[Collection(SiteCollection.Name)]
public sealed class DebugDownload(SiteFixture site, ITestOutputHelper output)
{
    [Fact]
    public async Task Dbg()
    {
        var context = await site.ContextAsync(SiteFixture.Desktop);
        var page = await context.NewPageAsync();
        page.Response += (_, r) => output.WriteLine($"resp {r.Status} {r.Url} {r.Headers.GetValueOrDefault("content-type")}");
        page.RequestFailed += (_, r) => output.WriteLine($"failed {r.Url} {r.Failure}");
        await page.GotoAsync("/sv/events/2018-reglab-arskonferens/");
        var link = page.Locator("main a[href$=\".ics\"][download]").First;
        output.WriteLine(await link.EvaluateAsync<string>("a => a.outerHTML"));
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        output.WriteLine("url " + download.Url + " name " + download.SuggestedFilename);
        output.WriteLine("failure " + await download.FailureAsync());
        output.WriteLine("path " + await download.PathAsync());
    }
}
