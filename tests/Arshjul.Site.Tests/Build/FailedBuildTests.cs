using Arshjul.Cli;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Build;

/// <summary>A build with content errors prints them compiler-style, exits 1, and leaves the previous output as it was.</summary>
public sealed class FailedBuildTests
{
    private const string Event = """
        ---
        title: Riktningsmöte
        start: 2024-03-08T08:30
        end: 2024-03-08T12:00
        ---
        Ett möte.
        """;

    [Theory]
    [InlineData("yaml", "---\ntitle: Riktningsmöte\nstart: [2024-03-08\n---\n", "content/events/x/index.sv.md:4:1: error AJ0101: YAML syntax error:")]
    [InlineData("unknown-key", "---\ntitle: Riktningsmöte\nstrat: 2024-03-08T08:30\nstart: 2024-03-08T08:30\n---\n",
        "content/events/x/index.sv.md:3:1: error AJ0103: Unknown key 'strat' in an event. Did you mean 'start'?")]
    [InlineData("missing-title", "---\nstart: 2024-03-08T08:30\n---\n",
        "content/events/x/index.sv.md:2:1: error AJ0104: The event has no 'title'; it is required.")]
    public void BrokenFile_PrintsItsPlace_ExitsOne_AndLeavesOutputByteIdentical(string name, string broken, string expectedStart)
    {
        using var site = new TestSite();
        site.Write("content/events/x/index.sv.md", Event);
        var output = Path.Combine(site.Root, "public");
        Assert.Equal(0, Run(site, out _, out var firstErrors));
        var before = Snapshot(output);
        Assert.NotEmpty(before);

        site.Write("content/events/x/index.sv.md", broken);
        var code = Run(site, out _, out var stderr);

        Assert.True(code == 1, $"{name}: expected exit 1, got {code}\n{stderr}");
        Assert.Contains(stderr.Split('\n'), line => line.StartsWith(expectedStart, StringComparison.Ordinal));
        Assert.Equal(before, Snapshot(output));
        Assert.DoesNotContain("   at ", stderr);
        Assert.Empty(firstErrors);
    }

    [Fact]
    public void UnknownOption_IsAUsageError_ExitTwo()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(2, CliApp.Run(["build", "--no-such-option"], stdout, stderr));
    }

    private static int Run(TestSite site, out string stdout, out string stderr)
    {
        var outWriter = new StringWriter();
        var errWriter = new StringWriter();
        var code = CliApp.Run(["build", "--source", site.Root, "--now", "2024-01-01T00:00Z"], outWriter, errWriter);
        stdout = outWriter.ToString();
        stderr = errWriter.ToString();
        return code;
    }

    /// <summary>Every file's path, bytes and modification time.</summary>
    private static SortedDictionary<string, string> Snapshot(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))) + "@" + File.GetLastWriteTimeUtc(f).Ticks),
            StringComparer.Ordinal);
}
