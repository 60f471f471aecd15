using System.Text;
using AngleSharp.Html.Parser;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.EndToEnd;

/// <summary>Builds the example site (content/ + site.yml) into a temp folder and reads the pages like a browser would.</summary>
public sealed class ExampleSiteTests : IClassFixture<ExampleSiteFixture>
{
    private readonly ExampleSiteFixture _site;

    public ExampleSiteTests(ExampleSiteFixture site)
    {
        _site = site;
    }

    [Theory]
    [InlineData("sv")]
    [InlineData("nb")]
    [InlineData("en")]
    public void HomePage_ExistsWithItsLanguage_WhenTheExampleSiteIsBuilt(string lang)
    {
        var document = _site.Page($"{lang}/index.html");
        Assert.Equal(lang, document.DocumentElement.GetAttribute("lang"));
        Assert.Single(document.QuerySelectorAll("h1"));
    }

    [Fact]
    public void EverySeedEventAndLarpassAndSpeaker_HasAPageInEveryLanguage()
    {
        string[] events = ["2024-arbetsmote", "2024-riktningsmote", "2024-varmland-2040", "2018-reglab-arskonferens", "2017-verksted-regional-utvikling", "2023-projektinternat-orebro"];
        var larpass = Directory.GetFiles(Path.Combine(RepoPaths.Root, "content/events/2018-reglab-arskonferens/sessions"), "*.sv.md")
            .Select(f => Path.GetFileName(f)[..^".sv.md".Length]).ToList();
        var people = Directory.GetFiles(Path.Combine(RepoPaths.Root, "content/speakers"), "*.md")
            .Select(f => Path.GetFileName(f).Split('.')[0]).Distinct().ToList();
        Assert.Equal(14, larpass.Count);
        Assert.True(people.Count >= 40, $"expected every speaker to have a person file, found {people.Count}");

        var missing = new List<string>();
        foreach (var lang in new[] { "sv", "nb", "en" })
        {
            missing.AddRange(events.Select(e => $"{lang}/events/{e}/index.html").Where(p => !_site.Exists(p)));
            missing.AddRange(larpass.Select(l => $"{lang}/events/2018-reglab-arskonferens/{l}/index.html").Where(p => !_site.Exists(p)));
            missing.AddRange(people.Select(p => $"{lang}/speakers/{p}/index.html").Where(p => !_site.Exists(p)));
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void RiktningsmoteInSwedish_ShowsTheDateAndTimesOfTheSeed()
    {
        var text = _site.Page("sv/events/2024-riktningsmote/index.html").Body!.TextContent;
        Assert.Contains("fredag 8 mars 2024", text);
        Assert.Contains("08.30–12.00", text);
    }

    [Fact]
    public void Rendering_IsByteIdentical_WhenTheSameSiteIsBuiltTwice()
    {
        var again = SiteBuilder.Build(new BuildRequest { Source = RepoPaths.Root, WriteOutput = false, Now = ExampleSiteFixture.Now });
        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics));
        Assert.Equal(_site.Result.Files.Select(f => f.Path), again.Files.Select(f => f.Path));
        var different = _site.Result.Files.Zip(again.Files).Where(p => !p.First.Content.AsSpan().SequenceEqual(p.Second.Content)).Select(p => p.First.Path).ToList();
        Assert.Empty(different);
    }

    [Fact]
    public void OnlyRelativeOrExternalLinks_AreUsed_SoTheSiteWorksInASubFolder()
    {
        var rooted = new List<string>();
        foreach (var file in _site.Result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !f.Path.EndsWith("404.html", StringComparison.Ordinal)))
        {
            var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(file.Content));
            rooted.AddRange(document.QuerySelectorAll("a[href], link[href], img[src], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(u => u.StartsWith('/') && !u.StartsWith("//", StringComparison.Ordinal))
                .Select(u => $"{file.Path}: {u}"));
        }

        Assert.Empty(rooted);
    }
}
