namespace Arshjul.Site.Tests.Cli;

/// <summary>The hints of the messages for slips that used to pass or were misnamed, as `check` prints them.</summary>
public sealed class MessageHintTests
{
    [Fact]
    public void UnknownKind_SaysItIsPublishedAsWritten_AndHowToDeclareIt()
    {
        using var site = CliSites.Valid();
        site.Write("content/events/varmote/sessions/pass.sv.md", "---\ntitle: Pass\nkind: worskhop\n---\n");

        var run = CliRun.Of("check", "--source", site.Root);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal(
            """
            content/events/varmote/sessions/pass.sv.md:3:7: warning AJ0161: 'kind' is 'worskhop', which is not a kind Arshjul knows. Did you mean 'workshop'?
                hint: It is published as written. If it is a kind of your own, list it in site.yml under 'kinds' (kinds: [worskhop]). Known kinds: conference, workshop, meeting, seminar, webinar, internat, talk, panel, break, lunch, registration, plenary, group-work.

            """,
            run.Err.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void DeclaredKind_IsNotWarned()
    {
        using var site = CliSites.Valid();
        site.Write("site.yml", Support.TestSite.DefaultSiteYml + "\nkinds: [fika]\n");
        site.Write("content/events/varmote/sessions/pass.sv.md", "---\ntitle: Pass\nkind: fika\n---\n");

        var run = CliRun.Of("check", "--source", site.Root, "--warnings-as-errors");

        Assert.True(run.Exit == 0, run.ToString());
    }

    [Fact]
    public void Offset_HintSaysWhatToWrite_AndAboutTimeZone()
    {
        using var site = CliSites.Valid();
        site.Write("content/events/varmote/sessions/pass.sv.md", "---\ntitle: Pass\nstart: 2024-03-08T11:00+01:00\n---\n");

        var run = CliRun.Of("check", "--source", site.Root);

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Equal(
            """
            content/events/varmote/sessions/pass.sv.md:3:8: error AJ0160: 'start' is '2024-03-08T11:00+01:00', with a UTC offset ('+01:00'); times are written as local times in the event's time zone.
                hint: Write '2024-03-08T11:00'. If the event is in another time zone, set timeZone on the event, e.g. timeZone: Europe/Helsinki.

            """,
            run.Err.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void UndeclaredRoom_HintNamesTheEventFile()
    {
        using var site = CliSites.Valid();
        site.Write(CliSites.EventPath, "---\ntitle: Vårmötet\nstart: 2024-03-08T09:00\nrooms: [Sal C]\n---\n");
        site.Write("content/events/varmote/sessions/pass.sv.md", "---\ntitle: Pass\nroom: sal c\n---\n");

        var run = CliRun.Of("check", "--source", site.Root);

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Equal(
            """
            content/events/varmote/sessions/pass.sv.md:3:7: error AJ0304: 'room' is 'sal c', which is not one of the event's rooms. Did you mean 'Sal C'?
                hint: Write it exactly as under 'rooms' in content/events/varmote/index.sv.md.

            """,
            run.Err.ReplaceLineEndings("\n"));
    }
}
