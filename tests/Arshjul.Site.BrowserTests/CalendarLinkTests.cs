using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Arshjul.Site.BrowserTests.Support;
using Xunit.Sdk;

namespace Arshjul.Site.BrowserTests;

/// <summary>The "add to calendar" link of event and programme-item pages downloads a valid iCalendar file of that one event or item, 
/// with JavaScript on and off.</summary>
[Collection(SiteCollection.Name)]
public sealed class CalendarLinkTests(SiteFixture site, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(SiteFixture.DesktopWithAndWithoutScripts), MemberType = typeof(SiteFixture))]
    public async Task Add_to_calendar_downloads_an_ics_that_ical_js_accepts(string viewportName)
    {
        Tools.RequireIcalCheck();
        var viewport = SiteFixture.ViewportNamed(viewportName);
        var context = await site.ContextAsync(viewport);
        var failures = new Failures($"add to calendar ({viewport.Name})");
        var withStars = 0;
        var folder = Directory.CreateTempSubdirectory($"arshjul-ics-{viewport.Name}-").FullName;
        var downloaded = new ConcurrentDictionary<string, (string Where, string ExpectedUid)>();
        try
        {
            var pages = CoveredPages.For(viewport, site.OutputDir).Where(p => p.Page.CalendarFile is not null);
            await Browsing.ForEachPageAsync(failures, pages, async (lang, page) =>
            {
                await using var opened = await Browsing.OpenAsync(context, page.Path(lang));
                if (await Browsing.ExpectScriptsAsInAsync(opened.Page, viewport)) Interlocked.Increment(ref withStars);
                var links = opened.Page.Locator("main a[href$=\".ics\"][download]");
                var count = await links.CountAsync();
                if (count == 0) throw new XunitException("no a[href$=\".ics\"][download] in <main>");
                var link = links.First;
                var href = await link.GetAttributeAsync("href") ?? "";
                if (!href.EndsWith("/" + page.CalendarFile, StringComparison.Ordinal) && href != page.CalendarFile)
                {
                    throw new XunitException($"the first calendar link is '{href}', expected one to {page.CalendarFile}");
                }

                if (string.IsNullOrWhiteSpace(await link.InnerTextAsync()) && string.IsNullOrWhiteSpace(await link.GetAttributeAsync("aria-label")))
                {
                    throw new XunitException("the calendar link has no text");
                }

                var download = await opened.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
                var failure = await download.FailureAsync();
                if (failure is not null)
                {
                    // Seen once on a machine under heavy load: Chromium reported every download "canceled".
                    // Say so, with what the server answers, and try the click once more.
                    var fetched = await context.APIRequest.GetAsync(download.Url);
                    Report.Line(output, $"ics: the download of {download.Url} failed ({failure}); the server answers {fetched.Status} {fetched.Headers.GetValueOrDefault("content-type")}; retrying once");
                    download = await opened.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
                    failure = await download.FailureAsync();
                    if (failure is not null) throw new XunitException($"the download of {href} failed twice: {failure} (the server answers {fetched.Status} {fetched.Headers.GetValueOrDefault("content-type")})");
                }
                if (download.SuggestedFilename != page.CalendarFile) throw new XunitException($"the download is named '{download.SuggestedFilename}', expected {page.CalendarFile}");
                var file = Path.Combine(folder, $"{lang}-{page.Name}.ics");
                await download.SaveAsAsync(file);
                var head = Encoding.UTF8.GetString(File.ReadAllBytes(file).Take(17).ToArray());
                if (head != "BEGIN:VCALENDAR\r\n") throw new XunitException($"{href} starts with '{head.ReplaceLineEndings("⏎")}', expected BEGIN:VCALENDAR + CRLF");
                var eventSlug = page.Path("x").Split('/', StringSplitOptions.RemoveEmptyEntries)[2];
                var uid = page.Kind == PageKind.Item ? $"{eventSlug}/{Path.GetFileNameWithoutExtension(page.CalendarFile)}@example.org" : $"{eventSlug}@example.org";
                downloaded[file] = ($"{page.Path(lang)} [{lang}-{page.Name}]", uid);
            });

            if (!downloaded.IsEmpty)
            {
                var (exit, stdout, stderr) = await Tools.RunAsync("node", [Tools.IcalCheck, .. downloaded.Keys.Order(StringComparer.Ordinal)]);
                Assert.True(exit == 0, $"ical-check.mjs exited {exit}: {stderr}");
                using var json = JsonDocument.Parse(stdout);
                foreach (var result in json.RootElement.GetProperty("files").EnumerateArray())
                {
                    var path = result.GetProperty("path").GetString()!;
                    var (where, uid) = downloaded[Path.GetFullPath(path, RepoRoot.Path)];
                    var errors = result.GetProperty("errors").EnumerateArray().Select(e => e.ToString()).ToList();
                    if (errors.Count > 0) failures.Add(where, "ical-check: " + string.Join("; ", errors));
                    var uids = result.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("uid").GetString()).ToList();
                    // "Add to calendar" adds what the page is about and nothing else: an event page's button the event alone
                    // (its programme is the second link, programme.ics), an item page's button the item.
                    if (uids.Count != 1 || uids[0] != uid) failures.Add(where, $"the calendar should hold one VEVENT, UID {uid}, but has {uids.Count}: {string.Join(", ", uids)}");
                    Report.Line(output, $"ics {Path.GetFileName(path)}: {uids.Count} VEVENT(s), {errors.Count} errors");
                }
            }

            Report.Line(output, $"ics ({viewport.Name}): {downloaded.Count} calendar files downloaded and checked with ical.js");
            failures.ThrowIfAny();
            Assert.True(withStars > 0, "no checked page has items to star, so nothing showed whether its scripts ran");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
