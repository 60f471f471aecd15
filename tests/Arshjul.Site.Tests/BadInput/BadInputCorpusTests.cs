using System.Text.RegularExpressions;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.BadInput;

/// <summary>
/// Golden tests over tests/BadInput/NNN-name/: each broken site must report exactly the
/// diagnostics in its expected.txt, in order, and nothing else.
/// </summary>
public sealed partial class BadInputCorpusTests
{
    private static readonly string CorpusRoot = Path.Combine(RepoPaths.Root, "tests", "BadInput");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in CaseNames()) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_AreExactlyTheExpectedOnes(string name)
    {
        var folder = Path.Combine(CorpusRoot, name);
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(l => l.Length > 0).ToList();
        var copy = Path.Combine(Path.GetTempPath(), "arshjul-bad-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyFolder(folder, copy, skip: "expected.txt");
            if (!Directory.Exists(Path.Combine(copy, "layouts"))) CopyFolder(Path.Combine(CorpusRoot, "_layouts"), Path.Combine(copy, "layouts"));

            var result = SiteBuilder.Build(new BuildRequest
            {
                Source = copy,
                WriteOutput = false,
                Now = new DateTimeOffset(2024, 1, 1, 12, 0, 0, TimeSpan.Zero),
                Parallelism = 2,
            });

            var actual = result.Diagnostics.Select(d => d.ToString()).ToList();
            Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void Corpus_HasAtLeastThirtyCases_EachWithExpectations()
    {
        var names = CaseNames().ToList();

        Assert.True(names.Count >= 30, $"only {names.Count} cases");
        foreach (var name in names)
        {
            var expected = Path.Combine(CorpusRoot, name, "expected.txt");
            Assert.True(File.Exists(expected), $"{name} has no expected.txt");
            Assert.Contains(File.ReadAllLines(expected), l => l.Length > 0);
        }

        Assert.Equal(names.Count, names.Select(n => n[..3]).Distinct().Count());
    }

    private static IEnumerable<string> CaseNames() =>
        Directory.EnumerateDirectories(CorpusRoot)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => CaseName().IsMatch(n))
            .Order(StringComparer.Ordinal);

    private static void CopyFolder(string from, string to, string? skip = null)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative == skip) continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"^\d{3}-[a-z0-9-]+$")]
    private static partial Regex CaseName();
}
