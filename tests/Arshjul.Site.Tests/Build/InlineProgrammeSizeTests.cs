using System.Text;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Build;

/// <summary>
/// A programme written inline in the event file, as converted programmes often are: the event page
/// must list every entry. Scriban used to stop a page at 1 MB without an error, so 1,500 entries
/// showed about 950 of them, and 3,000 none at all (TemplateLimitTests writes a page of several MB).
/// Such a programme now has a page per day; together they list every entry, each once.
/// </summary>
public sealed class InlineProgrammeSizeTests
{
    [Fact]
    public void AnEventWith4000InlineEntries_ListsEveryEntry_AndTheWholePage()
    {
        const int Entries = 4_000;
        var yaml = new StringBuilder("---\ntitle: Stora kongressen\nstart: 2025-09-01T09:00\nend: 2025-09-04T20:00\nschedule:\n");
        for (var i = 1; i <= Entries; i++)
        {
            // 50 rooms, entries every half hour from 09:00 to 19:00 over four days.
            var slot = (i - 1) / 50;
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"  - title: \"Pass {i}: regional utveckling i praktiken\"\n    day: {1 + slot / 20}\n    time: \"{9 + slot % 20 / 2:00}:{slot % 2 * 30:00}\"\n    duration: 30m\n    room: Rum {1 + (i - 1) % 50}\n");
        }

        using var site = new TestSite("title: Kongressen\nbaseUrl: https://example.org/\nlanguages: [sv]\ntimeZone: Europe/Stockholm\n");
        site.Write("content/events/kongress/index.sv.md", yaml.Append("---\nKongressen.\n").ToString());

        var result = SiteBuilder.Build(new BuildRequest { Source = site.Root, WriteOutput = false, Now = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero) });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        // Four days of 1,000 entries: a page per day (Programme.HasDayPages), the event page links them.
        var eventPage = Page(result, "sv/events/kongress/index.html");
        Assert.EndsWith("</html>\n", eventPage);
        var dayPages = new[] { "2025-09-01", "2025-09-02", "2025-09-03", "2025-09-04" }.Select(d => Page(result, $"sv/events/kongress/{d}/index.html")).ToList();
        Assert.All(dayPages, day => Assert.EndsWith("</html>\n", day));
        var listed = Enumerable.Range(1, Entries).Count(i => dayPages.Count(day => day.Contains($"Pass {i}: regional", StringComparison.Ordinal)) == 1);
        Assert.Equal(Entries, listed);
    }

    private static string Page(BuildResult result, string path) => Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content);
}
