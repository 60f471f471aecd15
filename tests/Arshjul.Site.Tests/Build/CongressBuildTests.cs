using System.Security.Cryptography;
using System.Text;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Build;

/// <summary>
/// A big programme (1,500 items in 90 rooms over 4 days) built over and over in parallel: pages
/// share the render session's caches across threads, and a race there showed as an occasional
/// internal error or different bytes on the same input. The first build runs on one thread, where
/// nothing interleaves, so every parallel build is compared with bytes no race can have touched.
/// </summary>
public sealed class CongressBuildTests
{
    private const int Builds = 20;

    [Fact]
    public void BigCongress_BuildsTwentyTimesInParallel_ByteIdenticalToASequentialBuild_WithoutAnException()
    {
        using var site = new TestSite(CongressSite.SiteYml);
        CongressSite.WriteTo(site.Root);

        string? first = null;
        for (var build = 1; build <= Builds; build++)
        {
            // Then more threads than cores, so pages of one build really interleave.
            var result = SiteBuilder.Build(new BuildRequest
            {
                Source = site.Root,
                Now = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
                WriteOutput = false,
                Parallelism = build == 1 ? 1 : 8,
            });

            Assert.True(result.Succeeded, $"build {build}:\n" + string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
            Assert.True(result.Pages > 3_000, $"build {build} rendered only {result.Pages} pages");
            if (build == 1)
            {
                // Scriban used to cut a page's output at 1 MB without a word: the programme vanished.
                // The programme is split by day (over 60 entries): the last item is on the last day's page.
                var page = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "sv/events/kongress/2025-09-04/index.html").Content);
                Assert.Contains("id=\"pass-1500\"", page);
                Assert.EndsWith("</html>\n", page);
            }

            var hash = Hash(result);
            first ??= hash;
            Assert.True(first == hash, $"build {build} (8 threads) differs from build 1 (one thread)");
        }
    }

    private static string Hash(BuildResult result)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in result.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n"));
            sha.AppendData(SHA256.HashData(file.Content));
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
