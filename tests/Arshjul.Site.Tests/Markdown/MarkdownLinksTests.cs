using Arshjul.Site.Markdown;

namespace Arshjul.Site.Tests.Markdown;

public sealed class MarkdownLinksTests
{
    [Fact]
    public void LinksHaveFileLineAndColumn_WhenBodyStartsAfterFrontMatter()
    {
        const string body = "Intro\n\nSee [Anna](../speakers/anna.md).\n\n- item ![map](img/map.png)\n\n<https://example.org>\n";
        var doc = new MarkdownDocumentParser(allowRawHtml: false).Parse(body, "content/events/x/index.sv.md", bodyStartLine: 6);

        var links = MarkdownLinks.Find(doc).ToList();

        Assert.Equal(3, links.Count);
        Assert.Equal(new MarkdownLink("../speakers/anna.md", false, "content/events/x/index.sv.md", 8, 5), links[0]);
        Assert.Equal(new MarkdownLink("img/map.png", true, "content/events/x/index.sv.md", 10, 8), links[1]);
        Assert.Equal("https://example.org", links[2].Url);
        Assert.Equal(12, links[2].Line);
        Assert.True(links[2].IsExternal);
        Assert.False(links[0].IsExternal);
    }
}
