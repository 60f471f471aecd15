using System.Runtime.CompilerServices;
using System.Text;
using ApprovalTests;
using ApprovalTests.Reporters;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Snapshots;

/// <summary>
/// Snapshots of the event, programme item and speaker pages of a small fixed site, rendered with the
/// built-in theme: a change to the theme or the view models shows up as a readable diff.
/// </summary>
[UseReporter(typeof(AssertEqualReporter))]
public sealed class PageSnapshotTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly BuildResult _result;

    public PageSnapshotTests()
    {
        _site.Write("content/speakers/anna-lind.md", """
            ---
            name: Anna Lind
            organisation: Region Värmland
            role: Processledare
            ---
            Anna leder arbetet med **nulägesanalysen**.
            """);
        _site.Write("content/events/2024-riktningsmote/index.sv.md", """
            ---
            title: Riktningsmöte 2024
            kind: meeting
            start: 2024-03-08T08:30
            end: 2024-03-08T12:00
            location: { name: Karlstad CCC, city: Karlstad }
            organisers: [Region Värmland]
            audience: Politiker och chefer
            summary: Ett halvdagsmöte om vart Värmland ska.
            schedule:
              - title: Registrering
                time: "08.30"
                kind: registration
              - title: Nulägesanalysen
                id: nulage
                time: "09.00"
                duration: 45m
                speakers: [anna-lind]
                description: Vad analysen visar, och vad den inte visar.
              - title: Workshop i grupper
                time: "09.45"
                end: "11.30"
                kind: group-work
                items:
                  - title: Barn och unga
                    room: Sal A
                  - title: Grön omställning
                    room: Sal B
                    status: cancelled
            ---
            Mötet samlar **ledare** från hela länet.
            """);
        _result = SiteBuilder.Build(new BuildRequest { Source = _site.Root, WriteOutput = false, Now = new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero) });
        Assert.True(_result.Succeeded, string.Join("\n", _result.Diagnostics));
    }

    [Fact]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void EventPage_MatchesSnapshot() => Approvals.VerifyWithExtension(Page("sv/events/2024-riktningsmote/index.html"), ".html");

    [Fact]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void ItemPage_MatchesSnapshot() => Approvals.VerifyWithExtension(Page("sv/events/2024-riktningsmote/nulage/index.html"), ".html");

    [Fact]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void SpeakerPage_MatchesSnapshot() => Approvals.VerifyWithExtension(Page("en/speakers/anna-lind/index.html"), ".html");

    private string Page(string path) => Encoding.UTF8.GetString(_result.Files.Single(f => f.Path == path).Content);

    public void Dispose() => _site.Dispose();
}
