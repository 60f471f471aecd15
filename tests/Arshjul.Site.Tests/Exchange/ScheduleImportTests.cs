using System.Text;
using Arshjul.Site.Build;
using Arshjul.Site.Exchange;
using Arshjul.Site.Exchange.Import;
using Arshjul.Site.Tests.Cli;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Exchange;

/// <summary>`arshjul import`: pretalx's democon imports, builds without errors, round-trips; an existing event is refused.</summary>
public sealed class ScheduleImportTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 2, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TestSite _site = new("title: Test\nbaseUrl: https://example.org/\nlanguages: [en, sv]\ntimeZone: Europe/Stockholm\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Democon_Imports_Builds_AndRoundTrips()
    {
        var democon = RepoPaths.SharedSchema("pretalx-democon.json");
        var run = CliRun.Of("import", "c3voc", democon, "--event", "democon", "--source", _site.Root);
        Assert.True(run.Exit == 0, run.ToString());

        var result = SiteBuilder.Build(new BuildRequest { Source = _site.Root, WriteOutput = false, Now = Now });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var exported = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "en/events/democon/schedule.json").Content);
        var exportedXml = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "en/events/democon/schedule.xml").Content);

        var source = Facts(C3vocJsonReader.Read(File.ReadAllText(democon)));
        Assert.Equal(36, source.Count);
        Assert.Equal(source, Facts(C3vocJsonReader.Read(exported)));
        Assert.Equal(source, Facts(FrabXmlReader.Read(exportedXml)));
    }

    [Fact]
    public void Import_IntoASiteThatHasTheEvent_RefusesWithoutForce_Exit2_NothingWritten()
    {
        _site.Write("content/events/democon/index.sv.md", "---\ntitle: Finns redan\nstart: 2020-12-14\n---\n");
        var before = Tree();

        var run = CliRun.Of("import", "c3voc", RepoPaths.SharedSchema("pretalx-democon.json"), "--event", "democon", "--source", _site.Root);

        Assert.Equal(2, run.Exit);
        Assert.Contains("content/events/democon/index.sv.md", run.Err, StringComparison.Ordinal);
        Assert.Equal(before, Tree());
    }

    private static HashSet<string> Facts(ExchangeSchedule schedule) =>
        schedule.Talks.Select(t => $"{t.Title}|{t.Start.UtcDateTime:O}|{t.Duration}|{t.Room}|{string.Join(",", t.Persons.Select(p => p.Name).Order(StringComparer.Ordinal))}").ToHashSet(StringComparer.Ordinal);

    private List<string> Tree() =>
        Directory.EnumerateFiles(_site.Root, "*", SearchOption.AllDirectories).Select(f => f + ":" + File.ReadAllText(f)).Order(StringComparer.Ordinal).ToList();
}
