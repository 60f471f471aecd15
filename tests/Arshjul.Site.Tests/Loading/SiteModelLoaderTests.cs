using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Loading;

/// <summary>How files become the model: translations, fallbacks, inline schedules and their ids.</summary>
public sealed class SiteModelLoaderTests
{
    [Fact]
    public void Translation_InheritsWhatItDoesNotSet_AndMissingLanguagesFallBackMarked()
    {
        using var site = new TestSite();
        site.Write("content/events/mote/index.sv.md", "---\ntitle: Möte\nsummary: Kort.\nstart: 2024-03-08T09:00\nlocation: Karlstad\n---\nBrödtext.\n");
        site.Write("content/events/mote/index.en.md", "---\ntitle: Meeting\n---\n");

        var ev = Assert.Single(site.LoadValid().Events);

        Assert.Equal("Meeting", ev.Text.In("en").Value.Title);
        Assert.Equal("Kort.", ev.Text.In("en").Value.Summary);
        Assert.False(ev.Text.In("en").IsFallback);
        Assert.Equal("Brödtext.\n", ev.Text.In("en").Value.Body!.Markdown);
        Assert.True(ev.Text.In("nb").IsFallback);
        Assert.Equal("sv", ev.Text.In("nb").ContentLanguage);
        Assert.Equal("Karlstad", ev.Place!.Name);
    }

    [Fact]
    public void SourceOfANorwegianOnlyEvent_IsItsNorwegianFile()
    {
        using var site = new TestSite();
        site.Write("content/events/verksted/index.nb.md", "---\ntitle: Verksted\nstart: 2017-09-25T09:30\n---\n");

        var ev = Assert.Single(site.LoadValid().Events);

        Assert.Equal("nb", ev.Text.SourceLanguage);
        Assert.True(ev.Text.In("sv").IsFallback);
        Assert.Equal("nb", ev.Text.In("en").ContentLanguage);
    }

    [Fact]
    public void InlineEntries_GetIdsFromTheirTitles_MadeUnique_AndTranslationsMatchById()
    {
        using var site = new TestSite();
        site.Write("content/events/mote/index.sv.md", """
            ---
            title: Möte
            start: 2024-03-08T09:00
            schedule:
              - title: Paus
                time: "10.00"
              - title: Paus
                time: "12.00"
              - id: avslut
                title: Avslutning
                time: "15.00"
            ---
            """);
        site.Write("content/events/mote/index.en.md", """
            ---
            title: Meeting
            schedule:
              - id: avslut
                title: Closing
            ---
            """);

        var ev = Assert.Single(site.LoadValid().Events);

        Assert.Equal(["paus", "paus-2", "avslut"], ev.Items.Select(i => i.Id));
        Assert.Equal("Closing", ev.Items[2].Text.In("en").Value.Title);
        Assert.Equal("Paus", ev.Items[0].Text.In("en").Value.Title);
        Assert.True(ev.Items[0].Text.In("en").IsFallback);
    }

    [Fact]
    public void UnknownSpeaker_IsAnErrorWithDidYouMean()
    {
        using var site = new TestSite();
        site.Write("content/speakers/anna-berg.md", "---\nname: Anna Berg\n---\n");
        site.Write("content/events/mote/index.sv.md", "---\ntitle: Möte\nstart: 2024-03-08T09:00\nschedule:\n  - title: Tal\n    time: \"09.00\"\n    speakers: [ana-berg]\n---\n");

        var (model, diagnostics) = site.Load();

        Assert.Null(model);
        Assert.Equal(
            ["content/events/mote/index.sv.md:7:16: error AJ0200: 'speakers' names 'ana-berg', but there is no content/speakers/ana-berg.md. Did you mean 'anna-berg'?"],
            diagnostics.Select(d => d.ToString()));
    }
}
