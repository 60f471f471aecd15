using System.Diagnostics;
using Arshjul.Site.Tests.Output;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Cli;

/// <summary>
/// The real tool as a child process, stopped at known steps of a rebuild over an existing output (the writer's
/// test hold points): killed with SIGKILL, the output is the old site or the new one as a whole, never a mix, and
/// the next build cleans up; SIGINT and SIGTERM stop the build, remove its work folder and keep the old output.
/// </summary>
public sealed class KilledBuildTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TestSite _site = CliSites.Valid();
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "arshjul-killed-" + Guid.NewGuid().ToString("N"));

    public KilledBuildTests() => Directory.CreateDirectory(_scratch);

    private string Output => Path.Combine(_scratch, "public");

    [Theory]
    [InlineData("render", false)]
    [InlineData("staged", false)]
    [InlineData("render", true)]
    [InlineData("staged", true)]
    public void KilledBeforeTheSwap_LeavesTheOldOutputByteIdentical_AndTheNextBuildCleansUp(string point, bool twoRenames)
    {
        var old = BuildOld();

        KillAt(point, twoRenames);

        Assert.Equal(old, FolderSnapshot.Of(Output));
        Assert.NotEmpty(FolderSnapshot.Leftovers(Output));
        AssertNextBuildSucceedsAndCleansUp();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void KilledAfterTheSwap_LeavesTheNewSiteWhole_AndTheNextBuildCleansUp(bool twoRenames)
    {
        BuildOld();

        KillAt("swapped", twoRenames);

        Assert.Equal(Reference(), FolderSnapshot.Of(Output));
        AssertNextBuildSucceedsAndCleansUp();
    }

    [Fact]
    public void KilledBetweenTheTwoRenames_TheNextBuildPutsTheOldOutputBack_EvenWhenItFails()
    {
        var old = BuildOld();

        KillAt("aside", twoRenames: true);
        Assert.False(Directory.Exists(Output));
        _site.Write("content/pages/om.sv.md", "---\ntitle: [Om\n---\n");
        var failed = Build();

        Assert.True(failed.Exit == 1, failed.ToString());
        Assert.Equal(old, FolderSnapshot.Of(Output));
        Assert.Empty(FolderSnapshot.Leftovers(Output));
    }

    [Theory]
    [InlineData("TERM", 143, "SIGTERM")]
    [InlineData("INT", 130, "Ctrl+C (SIGINT)")]
    public void ASignal_StopsTheBuild_RemovesItsWorkFolder_AndKeepsTheOldOutput(string signal, int exit, string name)
    {
        var old = BuildOld();
        using var child = StartAt("render", twoRenames: false);

        Signal(child, signal);
        Assert.True(child.WaitForExit(Patience), "the build did not stop after the signal");
        var stderr = child.StandardError.ReadToEnd();

        Assert.True(child.ExitCode == exit, $"exit {child.ExitCode}\n{stderr}");
        Assert.Equal($"arshjul: stopped by {name}. Nothing was published; {Output} is as it was before this build.\n", stderr);
        Assert.Equal(old, FolderSnapshot.Of(Output));
        Assert.Empty(FolderSnapshot.Leftovers(Output));
    }

    [Fact]
    public void AFullDisk_IsAPlainErrorExitOne_AndTheOldOutputStays()
    {
        var old = BuildOld();
        using var child = Start(TestHoldPoint("disk-full"), twoRenames: false);

        Assert.True(child.WaitForExit(Patience));
        var stderr = child.StandardError.ReadToEnd();

        Assert.True(child.ExitCode == 1, $"exit {child.ExitCode}\n{stderr}");
        Assert.Equal(
            $"arshjul: could not write the output folder {Output}: No space left on device (the test's simulated full disk)\n"
            + "Nothing was published; the previous output is as it was. Check that the disk has free space and that you may write there, then build again.\n",
            stderr);
        Assert.Equal(old, FolderSnapshot.Of(Output));
        Assert.Empty(FolderSnapshot.Leftovers(Output));
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

    /// <summary>Builds the old site, then edits a page so the next build differs; returns the old output.</summary>
    private SortedDictionary<string, string> BuildOld()
    {
        var first = Build();
        Assert.True(first.Exit == 0, first.ToString());
        _site.Write("content/pages/om.sv.md", "---\ntitle: Om oss nu\n---\nEn ny text.\n");
        return FolderSnapshot.Of(Output);
    }

    /// <summary>The new site, built fresh into a folder of its own.</summary>
    private SortedDictionary<string, string> Reference()
    {
        var folder = Path.Combine(_scratch, "reference");
        var run = Build(folder);
        Assert.True(run.Exit == 0, run.ToString());
        return FolderSnapshot.Of(folder);
    }

    private void AssertNextBuildSucceedsAndCleansUp()
    {
        var next = Build();
        Assert.True(next.Exit == 0, next.ToString());
        Assert.Empty(FolderSnapshot.Leftovers(Output));
        Assert.Equal(Reference(), FolderSnapshot.Of(Output));
    }

    private CliRun Build(string? output = null) => CliRun.Of("build", "--source", _site.Root, "--output", output ?? Output, "--now", "2024-01-01T00:00Z");

    private void KillAt(string point, bool twoRenames)
    {
        using var child = StartAt(point, twoRenames);
        child.Kill();
        Assert.True(child.WaitForExit(Patience));
    }

    /// <summary>Starts the build and waits until it holds at <paramref name="point"/>.</summary>
    private Process StartAt(string point, bool twoRenames)
    {
        var marker = TestHoldPoint(point);
        var child = Start(marker, twoRenames);
        var clock = Stopwatch.StartNew();
        while (!File.Exists(marker.File))
        {
            if (child.HasExited) Assert.Fail($"the build ended (exit {child.ExitCode}) before reaching '{point}':\n{child.StandardError.ReadToEnd()}");
            if (clock.Elapsed > Patience) Assert.Fail($"the build did not reach '{point}' in time");
            Thread.Sleep(20);
        }

        return child;
    }

    private (string Point, string File) TestHoldPoint(string point) => (point, Path.Combine(_scratch, "held-at-" + point));

    private Process Start((string Point, string File) hold, bool twoRenames)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "arshjul.dll"), "build", "--source", _site.Root, "--output", Output, "--now", "2024-01-01T00:00Z"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ARSHJUL_TEST_HOLD_AT"] = hold.Point;
        info.Environment["ARSHJUL_TEST_HOLD_MARKER"] = hold.File;
        if (twoRenames) info.Environment["ARSHJUL_TEST_NO_EXCHANGE"] = "1";
        return Process.Start(info)!;
    }

    private static void Signal(Process child, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }
}
