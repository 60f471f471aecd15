using Arshjul.Site.Calendar;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Calendar;

/// <summary>
/// UID, DTSTAMP/LAST-MODIFIED and SEQUENCE from the source files' modification times (a site outside git).
/// The items here have their own ends ('duration'), so each counts its own files and its event's only;
/// the tests at the end are about items whose end comes from another item.
/// </summary>
public sealed class CalendarIdentityTests : IDisposable
{
    private static readonly DateTime Written = new(2024, 2, 1, 10, 0, 0, DateTimeKind.Utc);

    private readonly TestSite _site = new();

    public CalendarIdentityTests()
    {
        _site.Write("content/events/mote/index.sv.md", """
            ---
            title: Möte
            start: 2024-03-08T08:30
            schedule:
              - title: Inledning
                time: "08.30"
                duration: 30m
            ---
            """);
        _site.Write("content/events/mote/index.en.md", """
            ---
            title: Meeting
            ---
            """);
        foreach (var (slug, time) in new[] { ("forsta", "09:00"), ("andra", "10:00") })
        {
            _site.Write($"content/events/mote/sessions/{slug}.sv.md", $"""
                ---
                title: Pass {slug}
                start: 2024-03-08T{time}
                duration: 45m
                ---
                """);
        }

        _site.Write("content/events/mote/sessions/forsta.en.md", """
            ---
            title: First session
            ---
            """);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_site.Root, "content"), "*.md", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, Written.AddMilliseconds(750)); // sub-second parts are dropped
        }
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Stamps_ComeFromModificationTimes_InWholeSeconds()
    {
        var times = SourceTimes.Load(_site.Root);
        Assert.False(times.IsGitCheckout, "the temporary site should not be inside a git checkout");
        var model = _site.LoadValid();
        var stamps = Stamps(model, times, "sv");

        var expected = new DateTimeOffset(Written);
        var seconds = (int)(expected - CalendarIdentity.SequenceEpoch).TotalSeconds;
        Assert.All(stamps.Values, s => Assert.Equal(("20240201T100000Z", seconds), (s.DtStamp, s.Sequence)));
        Assert.All(stamps.Values, s => Assert.Equal(s.DtStamp, s.LastModified));
        Assert.Equal(expected, new CalendarIdentity(model.Options, times).For(model.FindEvent("mote")!).LastModified);
    }

    [Fact]
    public void Uids_AreTheSameInEveryLanguage()
    {
        var model = _site.LoadValid();
        var times = SourceTimes.Load(_site.Root);
        var uidsPerLanguage = model.Languages.Select(l => Stamps(model, times, l)).ToList();

        Assert.Equal(
            ["mote/andra@example.org", "mote/forsta@example.org", "mote/inledning@example.org", "mote@example.org"],
            uidsPerLanguage[0].Keys.Order(StringComparer.Ordinal));
        foreach (var other in uidsPerLanguage.Skip(1)) Assert.Equal(uidsPerLanguage[0], other);
    }

    [Fact]
    public void TouchingOneSessionFile_RaisesThatItemsSequenceAndStampOnly()
    {
        var before = Stamps(_site.LoadValid(), SourceTimes.Load(_site.Root), "sv");

        // A translation counts as much as the source: touch the English file of "forsta".
        File.SetLastWriteTimeUtc(Path.Combine(_site.Root, "content/events/mote/sessions/forsta.en.md"), Written.AddHours(1));
        var after = Stamps(_site.LoadValid(), SourceTimes.Load(_site.Root), "sv");

        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        var changed = "mote/forsta@example.org";
        Assert.Equal(before[changed].Sequence + 3600, after[changed].Sequence);
        Assert.Equal("20240201T110000Z", after[changed].DtStamp);
        Assert.Equal("20240201T110000Z", after[changed].LastModified);
        foreach (var uid in before.Keys.Where(k => k != changed)) Assert.Equal(before[uid], after[uid]);
    }

    [Fact]
    public void TouchingTheEventsIndexFile_RaisesTheEventAndAllItsItems()
    {
        // Time zone, location and status come from the index: session items count it too.
        var before = Stamps(_site.LoadValid(), SourceTimes.Load(_site.Root), "en");
        File.SetLastWriteTimeUtc(Path.Combine(_site.Root, "content/events/mote/index.en.md"), Written.AddDays(1));
        var after = Stamps(_site.LoadValid(), SourceTimes.Load(_site.Root), "en");

        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before.Keys, uid => Assert.Equal(before[uid].Sequence + 86400, after[uid].Sequence));
    }

    [Fact]
    public void Sequence_IsNeverNegative()
    {
        Assert.Equal(0, CalendarIdentity.Sequence(new DateTimeOffset(2019, 6, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(0, CalendarIdentity.Sequence(CalendarIdentity.SequenceEpoch));
        Assert.Equal(61, CalendarIdentity.Sequence(CalendarIdentity.SequenceEpoch.AddSeconds(61.9)));
    }

    [Fact]
    public void OldFiles_GetSequenceZero_InTheOutput()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_site.Root, "content"), "*.md", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, new DateTime(2018, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        }

        var stamps = Stamps(_site.LoadValid(), SourceTimes.Load(_site.Root), "sv");
        Assert.All(stamps.Values, s => Assert.Equal((0, "20180101T000000Z"), (s.Sequence, s.DtStamp)));
    }

    private sealed record Stamp(string DtStamp, string LastModified, int Sequence);

    /// <summary>UID → stamp properties, read from the raw text of the event's calendar and its programme.ics.</summary>
    private static Dictionary<string, Stamp> Stamps(Model.SiteModel model, SourceTimes times, string language)
    {
        var builder = CalendarTestSupport.Builder(model, times);
        var ev = model.FindEvent("mote")!;
        var stamps = new Dictionary<string, Stamp>(StringComparer.Ordinal);
        foreach (var ics in new[] { builder.BuildEventCalendar(ev, language), builder.BuildProgrammeCalendar(ev, language) })
        {
            IcalChecker.CheckValid(ics);
            foreach (var uid in CalendarTestSupport.Unfolded(ics).Where(l => l.StartsWith("UID:", StringComparison.Ordinal)).Select(l => l[4..]))
            {
                var lines = CalendarTestSupport.VEventLines(ics, uid);
                string Value(string name) => Assert.Single(lines, l => l.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..];
                stamps.Add(uid, new Stamp(Value("DTSTAMP"), Value("LAST-MODIFIED"), int.Parse(Value("SEQUENCE"))));
            }
        }

        return stamps;
    }
}
