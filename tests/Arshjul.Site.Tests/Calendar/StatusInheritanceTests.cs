using System.Text;
using AngleSharp.Html.Parser;
using Arshjul.Site.Build;
using Arshjul.Site.Model;
using Arshjul.Site.Tests.StructuredData;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>
/// Nested items take their parent's status unless they set their own (content model, "Status"), the
/// same on pages, in JSON-LD and in iCal; the event's cancelled or postponed still covers what is scheduled.
/// </summary>
public sealed class StatusInheritanceTests
{
    private static readonly string[] Themes = ["tema-1", "tema-2", "tema-3", "tema-4", "fall-1", "fall-2", "fall-3", "fall-4"];

    [Fact]
    public void ChildrenOfACancelledInlineItem_AreCancelled_InIcsPagesAndJsonLd()
    {
        // The case: a cancelled group work with 8 nested items (four themes, each with a case).
        var nested = new StringBuilder();
        for (var i = 1; i <= 4; i++)
        {
            nested.Append($"""
                      - id: tema-{i}
                        title: Tema {i}
                        description: Om tema {i}.
                        items:
                          - id: fall-{i}
                            title: Fall {i}
                            description: Ett fall.

                """);
        }

        using var site = new TestSite();
        site.Write("content/events/mote/index.sv.md", $"""
            ---
            title: Möte
            start: 2024-03-08T09:00
            schedule:
              - id: grupparbete
                title: Grupparbete
                time: "14:00"
                duration: 2h
                status: cancelled
                description: Inställt.
                items:
            {nested}  - id: lunch
                title: Lunch
                time: "12:00"
                description: Mat.
            ---
            """);

        var result = Build(site);

        var model = result.Model!;
        Assert.All(Themes, id => Assert.Equal(Status.Cancelled, Item(model, id).EffectiveStatus));
        foreach (var id in Themes.Append("grupparbete"))
        {
            Assert.Equal("STATUS:CANCELLED", IcsStatus(result, $"sv/events/mote/{id}/{id}.ics"));
            Assert.Equal("https://schema.org/EventCancelled", Assert.Single(JsonLd.FromHtml(Page(result, $"sv/events/mote/{id}/index.html"))).Text("eventStatus"));
        }

        Assert.Equal("STATUS:CONFIRMED", IcsStatus(result, "sv/events/mote/lunch/lunch.ics"));
        using var page = new HtmlParser().ParseDocument(Page(result, "sv/events/mote/index.html"));
        foreach (var id in Themes.Append("grupparbete"))
        {
            var element = page.GetElementById(id)!;
            Assert.Contains("is-struck", element.ClassList);
            Assert.Contains("status-cancelled", element.ClassList);
            Assert.NotNull(element.QuerySelector(".item-title s"));
        }

        Assert.DoesNotContain("is-struck", page.GetElementById("lunch")!.ClassList);
    }

    [Fact]
    public void AnOwnStatus_EvenScheduled_StopsTheParents_AndIsPassedOn()
    {
        using var site = new TestSite();
        site.Write("content/events/mote/index.sv.md", """
            ---
            title: Möte
            start: 2024-03-08T09:00
            schedule:
              - id: pass
                title: Pass
                time: "10:00"
                status: tentative
                items:
                  - { id: arvt, title: Ärvt }
                  - id: eget
                    title: Eget
                    status: scheduled
                    items:
                      - { id: barnbarn, title: Barnbarn }
                  - { id: installt, title: Inställt, status: cancelled }
            ---
            """);
        site.Write("content/events/installt/index.sv.md", """
            ---
            title: Inställt möte
            start: 2024-04-08T09:00
            status: cancelled
            schedule:
              - id: pass
                title: Pass
                time: "10:00"
                items:
                  - { id: schemalagt, title: Schemalagt, status: scheduled }
                  - { id: preliminart, title: Preliminärt, status: tentative }
            ---
            """);

        var model = site.LoadValid();

        Assert.Equal(Status.Tentative, Item(model, "arvt").EffectiveStatus);
        Assert.Equal(Status.Scheduled, Item(model, "eget").EffectiveStatus);
        Assert.Equal(Status.Scheduled, Item(model, "barnbarn").EffectiveStatus);
        Assert.Equal(Status.Cancelled, Item(model, "installt").EffectiveStatus);

        // A cancelled event covers what is scheduled in it, as before; an item's own other status stays.
        Assert.Equal(Status.Cancelled, Item(model, "schemalagt", "installt").EffectiveStatus);
        Assert.Equal(Status.Tentative, Item(model, "preliminart", "installt").EffectiveStatus);
    }

    private static ProgrammeItem Item(SiteModel model, string id, string eventSlug = "mote") =>
        model.FindEvent(eventSlug)!.AllItems.Single(i => i.Id == id);

    private static BuildResult Build(TestSite site)
    {
        var result = SiteBuilder.Build(new BuildRequest { Source = site.Root, WriteOutput = false, Now = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static string Page(BuildResult result, string path) =>
        Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.Path == path).Content);

    private static string IcsStatus(BuildResult result, string path) =>
        Assert.Single(Page(result, path).Split("\r\n"), l => l.StartsWith("STATUS:", StringComparison.Ordinal));
}
