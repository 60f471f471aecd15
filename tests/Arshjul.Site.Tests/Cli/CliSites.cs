using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Cli;

/// <summary>
/// Small valid sites for the command tests, with a minimal layouts/ of their own, so the commands
/// are tested independently of the default theme's templates.
/// </summary>
internal static class CliSites
{
    public const string EventPath = "content/events/varmote/index.sv.md";

    private static readonly (string Name, string Text)[] Layouts =
    [
        ("baseof.html", "<!doctype html>\n<html lang=\"{{ site.lang }}\"><head><meta charset=\"utf-8\"><title>{{ page.head_title }}</title></head>\n<body>{{ content }}\n{{ if site.live_reload }}{{ site.live_reload }}{{ end }}</body></html>\n"),
        ("event.html", "<h1>{{ event.title }}</h1>\n"),
        ("home.html", "<h1>{{ page.title }}</h1>\n"),
        ("events.html", "<h1>{{ page.title }}</h1>\n"),
        ("year.html", "<h1>{{ page.title }}</h1>\n"),
        ("series.html", "<h1>{{ page.title }}</h1>\n"),
        ("item.html", "<h1>{{ page.title }}</h1>\n"),
        ("speakers.html", "<h1>{{ page.title }}</h1>\n"),
        ("speaker.html", "<h1>{{ page.title }}</h1>\n"),
        ("news.html", "<h1>{{ page.title }}</h1>\n"),
        ("article.html", "<h1>{{ page.title }}</h1>\n"),
        ("page.html", "<h1>{{ page.title }}</h1>\n"),
        ("404.html", "<h1>{{ page.title }}</h1><p>not-found-{{ site.lang }}</p>\n"),
        ("root.html", "<!doctype html><html><head><meta charset=\"utf-8\"><title>{{ page.title }}</title></head><body><a href=\"sv/\">sv</a></body></html>\n"),
    ];

    /// <summary>A site with one event (an inline schedule entry with speaker), one person, one page.</summary>
    public static TestSite Valid()
    {
        var site = new TestSite();
        WriteLayouts(site);
        site.Write(EventPath, """
            ---
            title: Vårmötet
            start: 2024-03-08T09:00
            end: 2024-03-08T16:00
            schedule:
              - time: "09.00"
                title: Välkomna
                speakers: [anna-berg]
            ---
            Ett möte om regional utveckling.
            """);
        site.Write("content/speakers/anna-berg.md", "---\nname: Anna Berg\n---\nAnna arbetar med regional utveckling.\n");
        site.Write("content/pages/om.sv.md", "---\ntitle: Om webbplatsen\n---\nText.\n");
        return site;
    }

    public static void WriteLayouts(TestSite site)
    {
        foreach (var (name, text) in Layouts) site.Write("layouts/" + name, text);
    }
}
