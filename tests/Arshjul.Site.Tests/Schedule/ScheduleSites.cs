using Arshjul.Site.Model;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Schedule;

/// <summary>Small inline sites for the schedule tests: one event with a schedule, and a few people.</summary>
internal static class ScheduleSites
{
    public const string EventPath = "content/events/test/index.sv.md";

    /// <summary>
    /// A site with one event "test" whose front matter is <paramref name="frontMatter"/> (after title);
    /// the event file's line 1 is "---", line 2 "title: Test", so the front matter starts on line 3.
    /// </summary>
    public static TestSite WithEvent(string frontMatter)
    {
        var site = new TestSite();
        site.Write(EventPath, "---\ntitle: Test\n" + frontMatter.TrimEnd() + "\n---\nText.\n");
        foreach (var (slug, name) in new[] { ("anna", "Anna Berg"), ("olof", "Olof Lind") })
        {
            site.Write($"content/speakers/{slug}.md", $"---\nname: {name}\n---\n");
        }

        return site;
    }

    public static ProgrammeItem Item(this SiteModel model, string id, string eventSlug = "test") =>
        model.FindEvent(eventSlug)!.AllItems.Single(i => i.Id == id);

    public static DateTime At(string text) => DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
