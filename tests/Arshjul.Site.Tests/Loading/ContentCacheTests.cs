using Arshjul.Site.Build;
using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Loading;

/// <summary>
/// The dev server's parsed-file cache trusts a file's size and time; a save within one tick of the
/// file system's clock keeps both, so a file written just before it was read must be read again.
/// </summary>
public sealed class ContentCacheTests
{
    private const string PagePath = "content/pages/om.sv.md";

    [Fact]
    public void FileWrittenJustBeforeTheBuild_IsReadAgain_ThoughItsSizeAndTimeAreTheSame()
    {
        using var site = new TestSite();
        var cache = new ContentCache();
        var time = DateTime.UtcNow - TimeSpan.FromMilliseconds(100);

        Save(site, "Alpha1", time);
        Assert.Equal("Alpha1\n", Body(site, cache));
        Save(site, "Omega2", time);

        Assert.Equal("Omega2\n", Body(site, cache));
    }

    [Fact]
    public void FileUnchangedSinceLongBefore_IsTakenFromTheCache()
    {
        using var site = new TestSite();
        var cache = new ContentCache();
        var time = DateTime.UtcNow - TimeSpan.FromHours(1);

        Save(site, "Alpha1", time);
        Assert.Equal("Alpha1\n", Body(site, cache));

        // Same size and time: the cache cannot tell, and keeps what it parsed (no reading or parsing again).
        Save(site, "Omega2", time);

        Assert.Equal("Alpha1\n", Body(site, cache));
    }

    private static void Save(TestSite site, string body, DateTime time)
    {
        site.Write(PagePath, $"---\ntitle: Om\n---\n{body}\n");
        File.SetLastWriteTimeUtc(Path.Combine(site.Root, PagePath), time);
    }

    private static string Body(TestSite site, ContentCache cache)
    {
        var bag = new DiagnosticBag();
        var model = SiteLoader.Load(site.Root, bag, new LoadOptions { Cache = cache, Parallelism = 1 });
        Assert.True(model is not null, string.Join("\n", bag.ToSortedList()));
        // The body as the model took it from the file (the parsed file itself is let go once the model is built).
        return model.Pages.Single().Text.In("sv").Value.Body!.Markdown;
    }
}
