using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Cli;

/// <summary>
/// `arshjul import` with a schedule it cannot use: the exact message with the file, line and column (AJ0700 for a
/// file that is not JSON or XML at all, AJ0701 for one that lacks a part), in plain words, exit 1 (content errors,
/// as for a build), and nothing written.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private const string FrabHint = "    hint: A frab schedule.xml is what frab and pretalx publish at …/schedule.xml; for a schedule.json use 'arshjul import c3voc'.\n";
    private const string C3vocHint = "    hint: A c3voc schedule.json is what pretalx publishes at …/schedule/export/schedule.json; for a schedule.xml use 'arshjul import frab'.\n";

    private readonly TestSite _site = new("title: Test\nbaseUrl: https://example.org/\nlanguages: [en]\ntimeZone: Europe/Stockholm\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void NotWellFormedXml_IsAJ0700_AtTheLineAndColumn()
    {
        _site.Write("broken.xml", "<schedule>\n  <conference>\n    <title>x</title>\n  </conference\n</schedule>\n");

        var run = Import("frab", "broken.xml");

        AssertRefused(run, "broken.xml:5:1: error AJ0700: This is not well-formed XML: '<' is an unexpected token. The expected token is '>'.\n" + FrabHint);
    }

    [Fact]
    public void NotJson_IsAJ0700_AtTheLineAndColumn()
    {
        _site.Write("broken.json", "{\n  \"schedule\": {\n    \"conference\": [1,\n  }\n");

        var run = Import("c3voc", "broken.json");

        AssertRefused(run, "broken.json:4:3: error AJ0700: This is not JSON: '}' is an invalid start of a value.\n" + C3vocHint);
    }

    [Theory]
    [InlineData("<date>2025-03-14T10:00:00+02:00</date><duration>00:30</duration>", "<event> has no <title>.")]
    [InlineData("<title>Owls</title><duration>00:30</duration>", "<event> 'Owls' has no <date> with a time and an offset (2024-03-08T09:30:00+01:00).")]
    [InlineData("<title>Owls</title><date>2025-03-14T10:00</date><duration>00:30</duration>", "<event> 'Owls' has no <date> with a time and an offset (2024-03-08T09:30:00+01:00).")]
    [InlineData("<title>Owls</title><date>2025-03-14T10:00:00+02:00</date><duration>half an hour</duration>", "<event> 'Owls' has no <duration> (hh:mm).")]
    public void FrabTalkWithoutTitleDateOrDuration_IsAJ0701_AtTheEvent(string fields, string message)
    {
        _site.Write("schedule.xml", $"""
            <schedule>
              <version>1</version>
              <conference><title>Owls</title></conference>
              <day index="1" date="2025-03-14" start="2025-03-14T05:00:00+02:00" end="2025-03-15T05:00:00+02:00">
                <room name="Hall">
                  <event guid="5d0c6a52-8f3e-4b7a-9c1d-2e3f4a5b6c71" id="1">{fields}</event>
                </room>
              </day>
            </schedule>
            """);

        var run = Import("frab", "schedule.xml");

        AssertRefused(run, $"schedule.xml:6:8: error AJ0701: {message}\n" + FrabHint);
    }

    [Fact]
    public void FrabWithoutConference_IsAJ0701_AtTheRoot()
    {
        _site.Write("schedule.xml", "<?xml version=\"1.0\"?>\n<schedule>\n  <version>1</version>\n</schedule>\n");

        var run = Import("frab", "schedule.xml");

        AssertRefused(run, "schedule.xml:2:2: error AJ0701: <schedule> has no <conference>.\n" + FrabHint);
    }

    // JsonDocument keeps no positions, so a c3voc problem is placed at the file's start and the message says where in it.
    [Fact]
    public void C3vocTalkWithoutTitle_IsAJ0701_NamingThePathInTheFile()
    {
        _site.Write("schedule.json", """
            {"schedule": {"version": "1", "conference": {"title": "Owls", "days": [
              {"index": 1, "date": "2025-03-14", "rooms": {"Hall": [{"date": "2025-03-14T10:00:00+02:00", "duration": "00:30"}]}}
            ]}}}
            """);

        var run = Import("c3voc", "schedule.json");

        AssertRefused(run, "schedule.json:1:1: error AJ0701: schedule.conference.days[0].rooms[\"Hall\"][0] has no 'title'.\n" + C3vocHint);
    }

    private CliRun Import(string format, string file) =>
        CliRun.Of("import", format, Path.Combine(_site.Root, file), "--event", "owls", "--source", _site.Root);

    private void AssertRefused(CliRun run, string expectedErr)
    {
        Assert.True(run.Exit == 1, run.ToString());
        Assert.Equal(expectedErr, run.Err);
        Assert.Equal("", run.Out);
        Assert.DoesNotContain("Exception", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "content")), "a refused import wrote content");
    }
}
