using System.Text;
using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Tests.Loading;

public sealed class FrontMatterReaderTests
{
    private const string Path = "content/events/x/index.sv.md";

    private static (FrontMatter? FrontMatter, IReadOnlyList<string> Diagnostics) Read(byte[] bytes)
    {
        var bag = new DiagnosticBag();
        var text = SourceTextReader.Decode(bytes, Path, bag);
        var frontMatter = text is null ? null : FrontMatterReader.Read(text, Path, bag);
        return (frontMatter, bag.ToSortedList().Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void BomAndCrlf_AreRead_AndLinesStillCountFromTheTop()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\r\ntitle: Möte\r\nstart: 2024-02-30\r\n---\r\nText\r\n")).ToArray();
        var (frontMatter, diagnostics) = Read(bytes);

        Assert.NotNull(frontMatter);
        Assert.Equal("Möte", frontMatter!.Data.Text("title"));
        Assert.Equal(5, frontMatter.BodyLine);
        Assert.Equal("Text\n", frontMatter.Body);
        Assert.Empty(diagnostics);
        Assert.Null(frontMatter.Data.DateTime("start"));
        Assert.Equal(
            ["content/events/x/index.sv.md:3:8: error AJ0106: 'start' is '2024-02-30', but February 2024 has no day 30."],
            frontMatter.Data.Source.Diagnostics.ToSortedList().Select(d => d.ToString()));
    }

    [Fact]
    public void MissingClosingFence_IsAnErrorOnLineOne()
    {
        var (frontMatter, diagnostics) = Read(Encoding.UTF8.GetBytes("---\ntitle: Möte\n\nText utan slut.\n"));

        Assert.Null(frontMatter);
        Assert.Equal(["content/events/x/index.sv.md:1:1: error AJ0107: The front matter that starts on line 1 is never closed."], diagnostics);
    }

    [Fact]
    public void YamlSyntaxError_NamesTheFileLineOfTheProblem()
    {
        var (frontMatter, diagnostics) = Read(Encoding.UTF8.GetBytes("---\ntitle: Möte\nstart: 2024-03-08\n  kind: meeting\n---\n"));

        Assert.Null(frontMatter);
        var single = Assert.Single(diagnostics);
        // The ':' after "kind" (column 7) is where an indented key under a text value is noticed.
        Assert.Equal("content/events/x/index.sv.md:4:7: error AJ0101: This ': ' is read as the start of a new key, but it stands inside a value.", single);
    }

    [Fact]
    public void NotUtf8_NamesTheByteOffset()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: M").Concat(new byte[] { 0xF6 }).Concat(Encoding.UTF8.GetBytes("te\n---\n")).ToArray();
        var (frontMatter, diagnostics) = Read(bytes);

        Assert.Null(frontMatter);
        Assert.Equal(["content/events/x/index.sv.md:2:9: error AJ0100: The file is not valid UTF-8: byte 0xF6 at byte offset 12."], diagnostics);
    }

    [Fact]
    public void WrongTypeAndUnknownKey_AreReportedWhereTheyAre()
    {
        var (frontMatter, _) = Read(Encoding.UTF8.GetBytes("---\ntitle: [Möte, två]\ntitel: Möte\n---\n"));
        var data = frontMatter!.Data;

        Assert.Null(data.Text("title"));
        data.ReportUnknownKeys(["title", "start"], "an event");

        Assert.Equal(
            [
                "content/events/x/index.sv.md:2:8: error AJ0105: 'title' should be text, not a list.",
                "content/events/x/index.sv.md:3:1: error AJ0103: Unknown key 'titel' in an event. Did you mean 'title'?",
            ],
            data.Source.Diagnostics.ToSortedList().Select(d => d.ToString()));
    }
}
