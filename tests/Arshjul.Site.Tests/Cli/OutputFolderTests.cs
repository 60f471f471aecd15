using Arshjul.Site.Output;
using Arshjul.Site.Tests.Output;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Cli;

/// <summary>
/// `build --output` never harms files the tool did not write: a wrong folder is refused (exit 2) before any work,
/// and every deletion is limited to the tool's own manifest, without following symlinks.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly TestSite _site = CliSites.Valid();
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "arshjul-outputs-" + Guid.NewGuid().ToString("N"));

    public OutputFolderTests() => Directory.CreateDirectory(_scratch);

    [Fact]
    public void AHomeFolder_IsRefused_ExitTwo_AndEveryFileInItStaysByteIdentical()
    {
        var home = HomeFolder();
        var before = FolderSnapshot.Of(home);

        var run = Build("--output", home);

        Assert.True(run.Exit == 2, run.ToString());
        Assert.Equal(
            $"arshjul: --output '{home}' already holds files that Arshjul did not write (such as '.bashrc'; there is no .arshjul-manifest in it), "
            + "and a build replaces the whole folder. Build into a new or empty folder; if an older Arshjul built this one, delete it once; "
            + "or add --force to build there and keep the other files as they are.\n",
            run.Err);
        Assert.Equal(before, FolderSnapshot.Of(home));
        Assert.Empty(FolderSnapshot.Leftovers(home));
    }

    [Fact]
    public void WithForce_TheSiteIsBuiltBesideTheUserFiles_WhichStayTheSameFiles_AlsoInLaterBuilds()
    {
        var home = HomeFolder();
        var thesis = Path.Combine(home, "Documents/thesis.docx");
        var before = new FileInfo(thesis).LastWriteTimeUtc;
        var userFiles = FolderSnapshot.Of(home);

        var first = Build("--output", home, "--force");
        _site.Write("content/pages/om.sv.md", "---\ntitle: Om oss\n---\nNy text.\n");
        var second = Build("--output", home);

        Assert.True(first.Exit == 0, first.ToString());
        Assert.True(second.Exit == 0, second.ToString());
        var after = FolderSnapshot.Of(home);
        Assert.All(userFiles, entry => Assert.Equal(entry.Value, after[entry.Key]));
        Assert.Equal(before, new FileInfo(thesis).LastWriteTimeUtc);
        Assert.True(File.Exists(Path.Combine(home, "sv/index.html")));
        var manifest = File.ReadAllLines(Path.Combine(home, OutputManifest.FileName));
        Assert.Contains("sv/index.html", manifest);
        Assert.DoesNotContain(manifest, line => line.Contains("bashrc", StringComparison.Ordinal) || line.Contains("Documents", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheSiteFolderItself_IsRefused_EvenWithForce_AndSiteYmlAndContentStay(bool force)
    {
        var before = FolderSnapshot.Of(_site.Root);

        var run = Build(force ? ["--output", _site.Root, "--force"] : ["--output", _site.Root]);

        Assert.True(run.Exit == 2, run.ToString());
        Assert.Equal(
            $"arshjul: --output '{_site.Root}' is the site folder itself; building there would replace site.yml and your content. "
            + $"Build into a folder of its own, e.g. --output {Path.Combine(_site.Root, "public")} (the default).\n",
            run.Err);
        Assert.Equal(before, FolderSnapshot.Of(_site.Root));
    }

    [Fact]
    public void ASymlinkToTheSiteFolder_IsSeenAsTheSiteFolder()
    {
        var link = Path.Combine(_scratch, "link-to-site");
        Directory.CreateSymbolicLink(link, _site.Root);
        var before = FolderSnapshot.Of(_site.Root);

        var run = Build("--output", link, "--force");

        Assert.True(run.Exit == 2, run.ToString());
        Assert.Contains("is the site folder itself", run.Err, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Of(_site.Root));
    }

    [Fact]
    public void AFolderHoldingTheSite_IsRefused_EvenWithForce()
    {
        // A throwaway root: the site lives in <scratch>/site, and the output asked for is <scratch> itself.
        var site = Path.Combine(_scratch, "site");
        RepoPaths.CopyFolder(_site.Root, site);
        File.WriteAllText(Path.Combine(_scratch, "notes.txt"), "mine");
        var before = FolderSnapshot.Of(_scratch);

        var run = CliRun.Of("build", "--source", site, "--now", "2024-01-01T00:00Z", "--output", _scratch, "--force");

        Assert.True(run.Exit == 2, run.ToString());
        Assert.Equal(
            $"arshjul: --output '{_scratch}' contains the site folder {site}; the build replaces its output folder as a whole, which would take your site with it. "
            + $"Build into a folder of its own, e.g. --output {Path.Combine(site, "public")} (the default).\n",
            run.Err);
        Assert.Equal(before, FolderSnapshot.Of(_scratch));
    }

    [Fact]
    public void TheRootFolder_IsRefused_BeforeAnyWork()
    {
        // The check refuses "/" as a folder holding the site before anything is read or written.
        var run = Build("--output", "/", "--force");

        Assert.True(run.Exit == 2, run.ToString());
        Assert.StartsWith($"arshjul: --output '/' contains the site folder {_site.Root};", run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "public")));
    }

    [Theory]
    [InlineData("content", "content/out")]
    [InlineData("static", "static")]
    [InlineData("layouts", "layouts/public")]
    [InlineData("i18n", "i18n/x")]
    [InlineData("themes", "themes/mine/out")]
    [InlineData(".git", ".git/public")]
    public void AFolderInsideWhatTheSiteReads_IsRefused(string folder, string output)
    {
        var full = Path.Combine(_site.Root, output);
        var before = FolderSnapshot.Of(_site.Root);

        var run = Build("--output", full, "--force");

        Assert.True(run.Exit == 2, run.ToString());
        Assert.Equal(
            $"arshjul: --output '{full}' is in the site's {folder}/ folder, which the build reads from. "
            + $"Build into a folder of its own, e.g. --output {Path.Combine(_site.Root, "public")} (the default).\n",
            run.Err);
        Assert.Equal(before, FolderSnapshot.Of(_site.Root));
    }

    [Fact]
    public void TheDefaultPublicFolder_InsideTheSite_IsAllowed()
    {
        var run = Build();

        Assert.True(run.Exit == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(_site.Root, "public", OutputManifest.FileName)));
    }

    [Fact]
    public void AFile_IsRefused_AndStaysAsItWas()
    {
        var file = Path.Combine(_scratch, "site.zip");
        File.WriteAllText(file, "not a folder");

        var run = Build("--output", file, "--force");

        Assert.True(run.Exit == 2, run.ToString());
        Assert.Equal($"arshjul: --output '{file}' is a file, not a folder. Give a folder: a new one, an empty one, or one an earlier build wrote.\n", run.Err);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public void AnEmptyOutput_IsRefused()
    {
        var run = Build("--output", "");

        Assert.True(run.Exit == 2, run.ToString());
        Assert.Equal("arshjul: --output is empty. Give the folder to build into, e.g. --output public, or leave the option out to build into <site>/public.\n", run.Err);
    }

    [Fact]
    public void AUserFileInAnOldStyleStagingFolder_IsNotDeleted()
    {
        var output = Path.Combine(_scratch, "out");
        var staging = output + ".arshjul-staging";
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "notes.txt"), "mine");

        Assert.Equal(0, Build("--output", output).Exit);
        Assert.Equal(0, Build("--output", output).Exit);

        Assert.Equal("mine", File.ReadAllText(Path.Combine(staging, "notes.txt")));
    }

    [Fact]
    public void AFolderNamedLikeAWorkFolderWithoutTheMarker_IsNotTouched_AndAMarkedOneIsRemoved()
    {
        var output = Path.Combine(_scratch, "out");
        var foreign = Path.Combine(_scratch, ".out.arshjul-next-mine");
        var leftover = Path.Combine(_scratch, ".out.arshjul-next-0123");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "notes.txt"), "mine");
        Directory.CreateDirectory(Path.Combine(leftover, "site"));
        File.WriteAllText(Path.Combine(leftover, ".arshjul-work"), "left by a killed build");
        File.WriteAllText(Path.Combine(leftover, "site/half.html"), "<p>");

        var run = Build("--output", output);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal("mine", File.ReadAllText(Path.Combine(foreign, "notes.txt")));
        Assert.False(Directory.Exists(leftover));
    }

    [Fact]
    public void AWorkFolderOfABuildStillRunning_IsLeftAlone()
    {
        var output = Path.Combine(_scratch, "out");
        var busy = Path.Combine(_scratch, ".out.arshjul-next-busy");
        using var other = System.Diagnostics.Process.Start("sleep", "60");
        Directory.CreateDirectory(Path.Combine(busy, "site"));
        File.WriteAllText(Path.Combine(busy, ".arshjul-work"), $"A build of arshjul works here.\nprocess: {other.Id}\n");

        var run = Build("--output", output);
        other.Kill();
        other.WaitForExit();

        Assert.True(run.Exit == 0, run.ToString());
        Assert.True(Directory.Exists(Path.Combine(busy, "site")));
    }

    [Fact]
    public void ASymlinkInTheOutput_ToAFolderOutside_IsKeptAsALink_AndTheFilesItPointsAtSurvive()
    {
        var output = Path.Combine(_scratch, "out");
        var outside = Path.Combine(_scratch, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "index.html"), "outside");
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "keep me");
        Assert.Equal(0, Build("--output", output).Exit);
        Directory.CreateSymbolicLink(Path.Combine(output, "ext"), outside);
        var outsideBefore = FolderSnapshot.Of(outside);

        _site.Write("content/pages/om.sv.md", "---\ntitle: Om oss\n---\nNy text.\n");
        var run = Build("--output", output);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal(outsideBefore, FolderSnapshot.Of(outside));
        Assert.Equal(outside, new DirectoryInfo(Path.Combine(output, "ext")).LinkTarget);
    }

    [Fact]
    public void AFileNoLongerProduced_IsRemoved_AndUnchangedFilesKeepTheirInodeAndTime()
    {
        var output = Path.Combine(_scratch, "out");
        Assert.Equal(0, Build("--output", output).Exit);
        var page = Path.Combine(output, "sv/om/index.html");
        var unchanged = Path.Combine(output, "sv/speakers/anna-berg/index.html");
        Assert.True(File.Exists(page), string.Join("\n", FolderSnapshot.Of(output).Keys));
        var (inode, time) = (Inode(unchanged), File.GetLastWriteTimeUtc(unchanged));

        File.Delete(Path.Combine(_site.Root, "content/pages/om.sv.md"));
        var run = Build("--output", output);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.False(File.Exists(page));
        Assert.Contains(" removed)", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(" 0 removed)", run.Out, StringComparison.Ordinal);
        Assert.Equal(inode, Inode(unchanged));
        Assert.Equal(time, File.GetLastWriteTimeUtc(unchanged));
        Assert.Empty(FolderSnapshot.Leftovers(output));
    }

    [Fact]
    public void AnInPlaceWriter_RefusesAFolderWithoutTheManifest_AndInTheToolsOwnFolder_ReplacesOnlyWhatItWrites()
    {
        // The dev server's edits write in place without reading the manifest: that it is there must still be asked.
        var home = HomeFolder();
        var before = FolderSnapshot.Of(home);
        var refused = Assert.Throws<InvalidOperationException>(() => new SiteWriter(home, inPlace: true));
        Assert.Contains("holds files Arshjul did not write", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Of(home));

        var output = Path.Combine(_scratch, "out");
        Assert.Equal(0, Build("--output", output).Exit);
        var manifest = File.ReadAllBytes(Path.Combine(output, OutputManifest.FileName));
        var page = Path.Combine(output, "sv/om/index.html");
        var others = FolderSnapshot.Of(output);
        Assert.True(others.Remove("sv/om/index.html"));
        using (var writer = new SiteWriter(output, inPlace: true))
        {
            writer.Add(new OutputFile("sv/om/index.html", "<!DOCTYPE html><p>ny</p>"u8.ToArray(), OutputFormat.Html));
            Assert.Equal(1, writer.Commit().Written);
        }

        Assert.Equal("<!DOCTYPE html><p>ny</p>", File.ReadAllText(page));
        var after = FolderSnapshot.Of(output);
        Assert.True(after.Remove("sv/om/index.html"));
        Assert.Equal(others, after);
        Assert.Equal(manifest, File.ReadAllBytes(Path.Combine(output, OutputManifest.FileName)));
        Assert.Empty(FolderSnapshot.Leftovers(output));
    }

    [Fact]
    public void CheckLinks_PublishesThroughTheSameWriter_WithTheManifest_AndRewritesNothingTheSecondTime()
    {
        var output = Path.Combine(_scratch, "out");

        var first = Build("--output", output, "--check-links");
        var second = Build("--output", output, "--check-links");

        Assert.True(first.Exit == 0 && second.Exit == 0, first + "\n" + second);
        Assert.True(File.Exists(Path.Combine(output, OutputManifest.FileName)));
        Assert.Contains(" (0 written, ", second.Out, StringComparison.Ordinal);
        Assert.Empty(FolderSnapshot.Leftovers(output));
    }

    public void Dispose()
    {
        _site.Dispose();
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private CliRun Build(params string[] extra) => CliRun.Of(["build", "--source", _site.Root, "--now", "2024-01-01T00:00Z", .. extra]);

    private string HomeFolder()
    {
        var home = Path.Combine(_scratch, "home");
        Directory.CreateDirectory(Path.Combine(home, "Documents"));
        Directory.CreateDirectory(Path.Combine(home, ".ssh"));
        File.WriteAllBytes(Path.Combine(home, "Documents/thesis.docx"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        File.WriteAllText(Path.Combine(home, ".ssh/id_ed25519"), "-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n");
        File.WriteAllText(Path.Combine(home, ".bashrc"), "alias ll='ls -l'\n");
        return home;
    }

    private static string Inode(string path)
    {
        var info = new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true };
        using var process = System.Diagnostics.Process.Start(info)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text.Trim();
    }
}
