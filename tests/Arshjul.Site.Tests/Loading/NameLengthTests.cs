using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Loading;

/// <summary>
/// File and folder names become web addresses and folder names, so they have the same bound as item
/// ids (60 characters): a longer one is an error at the file's first line that suggests a shorter name.
/// </summary>
public sealed class NameLengthTests
{
    // 67 characters; cut at the last '-' before character 61.
    private const string Long = "ett-tva-tre-fyra-fem-sex-sju-atta-nio-tio-elva-tolv-tretton-fjorton";
    private const string Shorter = "ett-tva-tre-fyra-fem-sex-sju-atta-nio-tio-elva-tolv-tretton";

    private const string Event = "---\ntitle: Möte\nstart: 2024-03-08T09:00\n---\n";

    [Fact]
    public void SessionFile_WithALongName_IsAnErrorAtLineOne()
    {
        using var site = new TestSite();
        site.Write("content/events/mote/index.sv.md", Event);
        site.Write($"content/events/mote/sessions/{Long}.sv.md", "---\ntitle: Ett pass\nstart: 2024-03-08T09:00\n---\n");

        var (_, diagnostics) = site.Load();

        var error = Assert.Single(diagnostics);
        Assert.Equal(
            $"content/events/mote/sessions/{Long}.sv.md:1:1: error AJ0129: The file name is 67 characters long; a name that becomes a web address can have at most 60. Rename the file, e.g. to '{Shorter}'.",
            error.ToString());
    }

    [Fact]
    public void EventFolder_WithALongName_IsOneError_AtItsFirstFile_NotOnePerFile()
    {
        using var site = new TestSite();
        site.Write($"content/events/{Long}/index.sv.md", Event);
        site.Write($"content/events/{Long}/index.en.md", "---\ntitle: Meeting\n---\n");
        site.Write($"content/events/{Long}/sessions/pass.sv.md", "---\ntitle: Ett pass\nstart: 2024-03-08T09:00\n---\n");

        var (_, diagnostics) = site.Load();

        var error = Assert.Single(diagnostics);
        Assert.Equal(
            $"content/events/{Long}/index.en.md:1:1: error AJ0129: The event folder's name is 67 characters long; a name that becomes a web address can have at most 60. Rename the folder, e.g. to '{Shorter}'.",
            error.ToString());
    }

    [Theory]
    [InlineData("speakers/{0}.md", "---\nname: Anna Berg\n---\n")]
    [InlineData("pages/{0}.sv.md", "---\ntitle: Om oss\n---\n")]
    public void PersonAndPageFiles_WithALongName_AreErrors(string pathPattern, string text)
    {
        using var site = new TestSite();
        var path = "content/" + string.Format(System.Globalization.CultureInfo.InvariantCulture, pathPattern, Long);
        site.Write(path, text);

        var (_, diagnostics) = site.Load();

        var error = Assert.Single(diagnostics);
        Assert.Equal(
            $"{path}:1:1: error AJ0129: The file name is 67 characters long; a name that becomes a web address can have at most 60. Rename the file, e.g. to '{Shorter}'.",
            error.ToString());
    }

    [Fact]
    public void ArticleFile_CountsItsDate_InTheName()
    {
        // 73 characters with the date; the suggestion keeps the date and cuts at a word.
        const string name = "2024-03-08-nyheter-om-regionens-arbete-med-kollektivtrafik-pa-landsbygden";
        using var site = new TestSite();
        site.Write($"content/news/{name}.sv.md", "---\ntitle: Nyheter\n---\n");

        var (_, diagnostics) = site.Load();

        var error = Assert.Single(diagnostics);
        Assert.Equal(
            $"content/news/{name}.sv.md:1:1: error AJ0129: The file name is 73 characters long; a name that becomes a web address can have at most 60. Rename the file, e.g. to '2024-03-08-nyheter-om-regionens-arbete-med-kollektivtrafik'.",
            error.ToString());
    }

    [Fact]
    public void Names_OfSixtyCharacters_AreAccepted()
    {
        var sixty = new string('a', 30) + "-" + new string('b', 29);
        Assert.Equal(60, sixty.Length);
        using var site = new TestSite();
        site.Write($"content/events/{sixty}/index.sv.md", Event);
        site.Write($"content/events/{sixty}/sessions/{sixty}.sv.md", "---\ntitle: Ett pass\nstart: 2024-03-08T09:00\n---\n");
        site.Write($"content/speakers/{sixty}.md", "---\nname: Anna Berg\n---\n");

        var (model, diagnostics) = site.Load();

        Assert.Empty(diagnostics);
        Assert.NotNull(model);
    }
}
