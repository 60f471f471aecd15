using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Loading;

/// <summary>Size limits and reads of <see cref="SiteFiles"/>: every read is bounded, and a file above its limit is an error.</summary>
public sealed class SiteFilesTests
{
    [Fact]
    public void Read_GivesTheBytes_UpToTheLimit_AndAnErrorAboveIt()
    {
        using var site = new TestSite();
        site.WriteBytes("static/ten.bin", new byte[10]).WriteBytes("static/eleven.bin", new byte[11]);
        var bag = new DiagnosticBag();
        var files = new SiteFiles(site.Root, bag);

        Assert.Equal(10, files.Read("static/ten.bin", limit: 10)?.Length);
        Assert.Null(files.Read("static/eleven.bin", limit: 10));
        var error = Assert.Single(bag.ToSortedList());
        Assert.Equal("static/eleven.bin:1:1: error AJ0124: The file is larger than 10 bytes, the limit for a text file.", error.ToString());
    }

    [Fact]
    public void TextFileAboveFourMegabytes_IsAnError_WithoutReadingIt()
    {
        using var site = new HostileSite();
        // Sparse: the size is what is checked, before a byte is read.
        using (var big = File.Create(site.Full("content/pages/stor.sv.md"))) big.SetLength(SiteFiles.TextLimit + 1);

        var run = site.Build();

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Equal("content/pages/stor.sv.md:1:1: error AJ0124: The file is larger than 4 MB, the limit for a text file.", HostileSite.Diagnostics(run));
        Assert.Contains("    hint: Split the text into smaller files, or move long material into a PDF under static/.", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void StaticFileAboveAHundredMegabytes_IsAnError_AndNothingIsWritten()
    {
        using var site = new HostileSite();
        Directory.CreateDirectory(site.Full("static"));
        using (var big = File.Create(site.Full("static/video.mp4"))) big.SetLength(SiteFiles.StaticLimit + 1);

        var run = site.Build();

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Equal("static/video.mp4:1:1: error AJ0124: The file is larger than 100 MB, the limit for a file under static/.", HostileSite.Diagnostics(run));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void List_LeavesOutIgnoredNames_WithoutReportingThem()
    {
        using var site = new TestSite();
        site.Write("static/a.txt", "a").Write("static/sub/b.txt", "b").Write("static/.git/config", "c");
        File.CreateSymbolicLink(Path.Combine(site.Root, "static", ".secret"), "/etc/passwd");
        var bag = new DiagnosticBag();

        var listed = new SiteFiles(site.Root, bag).List("static", name => name.StartsWith('.'));

        Assert.Equal(["a.txt", "sub/b.txt"], listed);
        Assert.Empty(bag.ToSortedList());
    }
}
