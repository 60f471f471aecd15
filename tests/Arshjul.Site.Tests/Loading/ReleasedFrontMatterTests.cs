using Arshjul.Site.Build;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Loading;

/// <summary>
/// A loaded model keeps its content files (paths, languages, times) but not their YAML trees, which only the
/// model's readers need: at 5,000 items they were a tenth of a build's memory. What the model took stays.
/// </summary>
public sealed class ReleasedFrontMatterTests
{
    private const string PagePath = "content/pages/om.sv.md";

    [Fact]
    public void AfterLoading_TheModelHoldsWhatItTook_AndAFilesFrontMatterIsGone()
    {
        using var site = new TestSite().Write(PagePath, "---\ntitle: Om oss\n---\nVi finns.\n");
        var bag = new DiagnosticBag();

        var model = SiteLoader.Load(site.Root, bag);

        Assert.True(model is not null, string.Join("\n", bag.ToSortedList()));
        var page = Assert.Single(model.Pages);
        Assert.Equal("Om oss", page.Text.In("sv").Value.Title);
        Assert.Equal("Vi finns.\n", page.Text.In("sv").Value.Body!.Markdown);
        var document = model.Documents.Single(d => d.Path == PagePath);
        Assert.Equal("sv", document.Language);
        var error = Assert.Throws<InvalidOperationException>(() => document.FrontMatter);
        Assert.Equal($"The front matter of {PagePath} was read after the model was built.", error.Message);
    }
}
