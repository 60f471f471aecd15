using Arshjul.Site.Markdown;

namespace Arshjul.Site.Tests.Markdown;

/// <summary>
/// A body is rendered once and each page fills in its URLs and heading ids: that must give exactly the HTML a
/// render of the syntax tree gives for the same page, for every kind of link, image, heading and escape.
/// </summary>
public sealed class PreparedMarkdownTests
{
    private static readonly MarkdownHtmlRenderer Renderer = new();

    public static TheoryData<string> Bodies => new()
    {
        "Plain text, *emphasis* and **strong**.\n",
        "[Anna](../speakers/anna.md) ![karta](karta.png \"Karta\") [ext](https://example.org/a?b=1&c=2) [mail](mailto:a@b.se)\n",
        "# Välkommen\n\nText.\n\n## Program\n\n[upp](#välkommen) [ned](#program) [okänd](#saknas)\n\n## Program\n\n[andra](#program-1)\n",
        "Autolänk https://example.org/x och <https://example.org/y> och <kontakt@example.org>\n",
        "[skript](javascript:alert(1)) [data](data:text/html,x) [tom]()\n",
        "[med mellanslag](<../dokument/en fil.pdf>) [åäö](/material/årsmöte.pdf) [citat](/a\"b) [vinkel](/a<b>)\n",
        "| Tid | Punkt |\n|-----|-------|\n| 09:00 | [Fika](fika.md) |\n\n- [x] klar\n- [ ] [kvar](kvar.md)\n",
        "> Citat med [länk](a.md)\n>\n> # Rubrik i citat\n\n1. ett\n2. [två](b.md)\n",
        "Text <span class=\"x\">rå</span> <a href=\"/rå\">rå länk</a>\n\n<div id=\"egen\">block</div>\n\n### Tre &amp; fyra\n",
        "[ref]: ../andra/index.sv.md \"Titel\"\n\nSe [ref] och [text][ref].\n\n#### \"Citerad\" <rubrik> & mer\n",
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void APage_GetsTheHtmlOfTheTree_FromThePreparedBody(string body)
    {
        foreach (var allowRawHtml in new[] { false, true })
        {
            var doc = new MarkdownDocumentParser(allowRawHtml).Parse(body, "content/x.sv.md");
            var prepared = Renderer.Prepare(doc, "plain", []);

            Assert.Null(prepared.Tree);
            foreach (var page in Pages())
            {
                // A page claims ids as it renders, so each render gets a page of its own, claiming from the same start.
                var (rewrite, claimFromTree) = page();
                var (_, claimFromPrepared) = page();
                Assert.Equal(Renderer.ToHtml(doc, rewrite, claimFromTree), Renderer.ToHtml(prepared, rewrite, claimFromPrepared));
            }
        }
    }

    [Fact]
    public void TheSlots_AreEveryUrlAndHeadingId_InOrder()
    {
        var doc = new MarkdownDocumentParser(allowRawHtml: false).Parse("## Mål & syfte\n\n[a](a.md) ![b](b.png)\n", "content/x.sv.md");

        var prepared = Renderer.Prepare(doc, "plain", []);

        Assert.Equal([("mål--syfte", true), ("a.md", false), ("b.png", false)], prepared.Slots.Select(s => (s.Value, s.IsHeadingId)));
        Assert.Equal(["mål--syfte"], prepared.HeadingIds);
        Assert.All(prepared.Slots, s => Assert.Equal(s.Value, prepared.Html.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void ABodyNestedTooDeeply_IsPreparedAsNothing_AndSaysSo()
    {
        var doc = new MarkdownDocumentParser(allowRawHtml: false).Parse(new string('>', 2000) + " x\n", "content/x.sv.md");

        var prepared = Renderer.Prepare(doc, "", []);

        Assert.True(prepared.TooDeep);
        Assert.Equal("", Renderer.ToHtml(prepared, _ => null));
    }

    /// <summary>Pages that rewrite differently: keep everything, make URLs page-relative, and claim ids that clash with the page's own.</summary>
    private static IEnumerable<Func<(Func<string, string?> Rewrite, Func<string, string>? Claim)>> Pages()
    {
        yield return () => (_ => null, null);
        yield return () => (url => "../../" + url.Replace(".md", "/", StringComparison.Ordinal), id => id);
        yield return () =>
        {
            var taken = new HashSet<string>(StringComparer.Ordinal) { "program", "välkommen" };
            string Claim(string id)
            {
                var claimed = id;
                for (var n = 1; !taken.Add(claimed); n++) claimed = $"{id}-{n}";
                return claimed;
            }

            return (url => "/sv/a&b/" + url + "?x=\"y\"", Claim);
        };
    }
}
