using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Build;

/// <summary>
/// The dev server's incremental builds must give exactly what a full build gives for the same content:
/// after each of a sequence of random edits, the incrementally updated output is compared with a fresh full build.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 2, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "arshjul-incremental-" + Guid.NewGuid().ToString("N"));

    // The dev server keeps parsed files between builds; the live builds here do too.
    private readonly Content.ContentCache _cache = new();

    public IncrementalBuildTests()
    {
        RepoPaths.CopyExampleSite(Site);
    }

    private string Site => Path.Combine(_root, "site");

    [Fact]
    public void IncrementalOutput_EqualsAFullBuild_AfterEachOfASequenceOfRandomEdits()
    {
        var live = Path.Combine(_root, "live");
        var (first, state) = SiteBuilder.Build(Live(live), previous: null, changedPaths: null);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));

        var random = new Random(20241123);
        var files = Directory.GetFiles(Path.Combine(Site, "content"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var incrementalBuilds = 0;
        for (var step = 0; step < 12; step++)
        {
            var changed = Edit(random, files, step);
            var (result, next) = SiteBuilder.Build(Live(live), state, changed);
            Assert.True(result.Succeeded, $"step {step} ({string.Join(", ", changed)}):\n" + string.Join("\n", result.Diagnostics));
            state = next;
            if (result.Incremental) incrementalBuilds++;

            var full = Path.Combine(_root, "full-" + step);
            var reference = SiteBuilder.Build(Request(full));
            Assert.True(reference.Succeeded);
            var differences = Compare(full, live);
            Assert.True(differences.Count == 0, $"step {step}, after editing {string.Join(", ", changed)}:\n" + string.Join("\n", differences.Take(20)));
        }

        Assert.True(incrementalBuilds >= 8, $"only {incrementalBuilds} of 12 builds were incremental");
    }

    [Fact]
    public void EditingOneLarpass_RerendersAFewPagesOnly()
    {
        var live = Path.Combine(_root, "live");
        var (first, state) = SiteBuilder.Build(Request(live), previous: null, changedPaths: null);
        const string path = "content/events/2018-reglab-arskonferens/sessions/jamstalld-tillvaxt.sv.md";
        var full = Path.Combine(Site, path);
        File.WriteAllText(full, File.ReadAllText(full).Replace("title: ", "title: Ny titel – ", StringComparison.Ordinal));

        var (second, _) = SiteBuilder.Build(Request(live), state, [path]);

        Assert.True(second.Incremental);
        Assert.InRange(second.Pages, 3, first.Pages / 3);
        Assert.Contains("Ny titel", File.ReadAllText(Path.Combine(live, "en/events/2018-reglab-arskonferens/jamstalld-tillvaxt/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void ParallelBuild_IsByteIdenticalToASingleThreadedOne()
    {
        var one = SiteBuilder.Build(Request(Path.Combine(_root, "one")) with { Parallelism = 1 });
        var many = SiteBuilder.Build(Request(Path.Combine(_root, "many")) with { Parallelism = 8 });

        Assert.True(one.Succeeded && many.Succeeded);
        Assert.Empty(Compare(Path.Combine(_root, "one"), Path.Combine(_root, "many")));
    }

    private BuildRequest Request(string output) => new() { Source = Site, Output = output, Now = Now };

    private BuildRequest Live(string output) => Request(output) with { Cache = _cache };

    /// <summary>One valid edit of a random kind; returns the site-relative paths it changed.</summary>
    private List<string> Edit(Random random, List<string> files, int step)
    {
        if (step == 5)
        {
            // A new file changes the set of pages: the build must notice and rebuild everything.
            var person = Path.Combine(Site, "content/speakers/ny-person-" + step + ".md");
            File.WriteAllText(person, $"---\nname: Ny Person {step}\norganisation: Region Test\n---\n");
            return [Relative(person)];
        }

        var file = files[random.Next(files.Count)];
        var text = File.ReadAllText(file);
        var lines = text.Split('\n').ToList();
        var titleLine = lines.FindIndex(l => l.StartsWith("title: ", StringComparison.Ordinal) || l.StartsWith("name: ", StringComparison.Ordinal));
        switch (random.Next(3))
        {
            case 0 when titleLine >= 0:
                lines[titleLine] = lines[titleLine].TrimEnd() + $" (ändrad {step})";
                break;
            case 1:
                lines.Add($"Ett nytt stycke i steg {step}.");
                lines.Add("");
                break;
            default:
                var organisation = lines.FindIndex(l => l.StartsWith("organisation: ", StringComparison.Ordinal) || l.StartsWith("summary: ", StringComparison.Ordinal));
                if (organisation >= 0) lines[organisation] = lines[organisation].TrimEnd() + $" {step}";
                else lines.Add($"Tillägg {step}.");
                break;
        }

        File.WriteAllText(file, string.Join('\n', lines));
        return [Relative(file)];
    }

    private string Relative(string full) => Path.GetRelativePath(Site, full).Replace('\\', '/');

    private static List<string> Compare(string expectedRoot, string actualRoot)
    {
        static Dictionary<string, byte[]> Read(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes, StringComparer.Ordinal);
        var expected = Read(expectedRoot);
        var actual = Read(actualRoot);
        var problems = expected.Keys.Except(actual.Keys).Select(k => "missing " + k)
            .Concat(actual.Keys.Except(expected.Keys).Select(k => "extra " + k))
            .Concat(expected.Keys.Intersect(actual.Keys).Where(k => !expected[k].AsSpan().SequenceEqual(actual[k])).Select(k => "differs " + k))
            .Order(StringComparer.Ordinal)
            .ToList();
        return problems;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
