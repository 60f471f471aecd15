using Arshjul.Site.Markdown;

namespace Arshjul.Site.Tests.Markdown;

public sealed class MarkdownPlainTextTests
{
    private static string Plain(string body) =>
        MarkdownPlainText.ToPlainText(new MarkdownDocumentParser(allowRawHtml: true).Parse(body, "x.md"));

    [Fact]
    public void ParagraphsListsAndLinksBecomePlainText()
    {
        const string body = "# Rubrik\n\nFörsta *stycket* med [länk](https://example.org) och [https://a.se](https://a.se).  \n\n- ett\n- två &amp; <b>tre</b>\n\nSlut &ouml;\n";

        var text = Plain(body);

        Assert.Equal("Rubrik\n\nFörsta stycket med länk (https://example.org) och https://a.se.\n\n- ett\n- två & tre\n\nSlut ö", text);
    }

    [Fact]
    public void OrderedAndNestedListsKeepTheirShape()
    {
        Assert.Equal("1. a\n  - b\n2. c", Plain("1. a\n   - b\n2. c\n"));
    }

    [Fact]
    public void ExcerptCutsAtWordBoundary()
    {
        Assert.Equal("Ett två…", MarkdownPlainText.Excerpt("Ett två tre fyra", 10));
        Assert.Equal("Ett två tre", MarkdownPlainText.Excerpt("Ett\n\ntvå tre", 20));
        Assert.Equal("Abcdefghi…", MarkdownPlainText.Excerpt("Abcdefghijklmnop", 10));
    }
}
