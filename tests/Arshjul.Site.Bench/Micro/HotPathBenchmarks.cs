using Arshjul.Site.Bench.Generation;
using Arshjul.Site.Build;
using Arshjul.Site.Calendar;
using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.I18n;
using Arshjul.Site.Markdown;
using Arshjul.Site.Model;
using Arshjul.Site.Planning;
using Arshjul.Site.Rendering;
using Arshjul.Site.Rendering.Templates;
using BenchmarkDotNet.Attributes;

namespace Arshjul.Site.Bench.Micro;

/// <summary>
/// The hot paths of a build, each on one typical input from a small generated site: front matter,
/// Markdown, an event page and an item page through the real templates, an item's, an event's and
/// the site's calendar, and loading a whole small site.
/// </summary>
[MemoryDiagnoser]
public class HotPathBenchmarks
{
    private string _root = "";
    private string _sessionPath = "";
    private string _sessionText = "";
    private string _body = "";
    private MarkdownDocumentParser _parser = null!;
    private readonly MarkdownHtmlRenderer _html = new();
    private SiteRenderer _renderer = null!;
    private PageJob _eventPage = null!;
    private PageJob _itemPage = null!;
    private CalendarBuilder _calendars = null!;
    private ProgrammeItem _item = null!;
    private Event _event = null!;
    private SiteModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "arshjul-bench-micro");
        var site = SiteGenerator.Write(_root, events: 4, itemsPerEvent: 40, people: 80, seed: 7);
        _sessionPath = site.Edit!.File;
        _sessionText = File.ReadAllText(_sessionPath);
        var diagnostics = new DiagnosticBag();
        _body = FrontMatterReader.Read(_sessionText, _sessionPath, diagnostics)!.Body;
        _parser = new MarkdownDocumentParser(allowRawHtml: false);

        var model = SiteLoader.Load(_root, diagnostics) ?? throw new InvalidOperationException("The micro-benchmark site did not load.");
        var templates = new TemplateLoader(_root, model.Options.Theme);
        var strings = UiStrings.Load(_root, model.Languages, templates.Theme, diagnostics);
        var now = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var jobs = PagePlanner.Plan(model, now);
        var session = new RenderSession(model, templates, strings, new ContentLinkResolver(model, jobs.Select(j => j.Path)), now, liveReloadSnippet: null);
        _renderer = new SiteRenderer(session);
        var ev = model.Events.First(e => e.Items.Count > 0);
        _eventPage = jobs.First(j => j.Lang == "sv" && j.Template == "event.html" && j.Path.Contains(ev.Slug, StringComparison.Ordinal));
        _item = ev.AllItems.First(CalendarBuilder.HasItemCalendar);
        _event = ev;
        _model = model;
        _itemPage = jobs.First(j => j.Lang == "sv" && j.Path.Contains($"/{ev.Slug}/{_item.Id}/", StringComparison.Ordinal));
        _calendars = new CalendarBuilder(model.Options, SourceTimes.ModificationTimesOnly, session.PlainText, strings.Get);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(Description = "FrontMatterReader.Read (session file)")]
    public FrontMatter? FrontMatter() => FrontMatterReader.Read(_sessionText, _sessionPath, new DiagnosticBag());

    [Benchmark(Description = "Markdown parse + render (session body)")]
    public string Markdown() => _html.ToHtml(_parser.Parse(_body, _sessionPath), _ => null);

    [Benchmark(Description = "Render event page (event.html + layout)")]
    public byte[] EventPage() => _renderer.RenderUtf8(_eventPage);

    [Benchmark(Description = "Render item page")]
    public byte[] ItemPage() => _renderer.RenderUtf8(_itemPage);

    [Benchmark(Description = "CalendarBuilder.BuildItemCalendar")]
    public string ItemCalendar() => _calendars.BuildItemCalendar(_item, "sv");

    [Benchmark(Description = "CalendarBuilder.BuildEventCalendar (the event alone)")]
    public string EventCalendar() => _calendars.BuildEventCalendar(_event, "sv");

    [Benchmark(Description = "CalendarBuilder.BuildProgrammeCalendar (40 items)")]
    public string ProgrammeCalendar() => _calendars.BuildProgrammeCalendar(_event, "sv");

    [Benchmark(Description = "CalendarBuilder.BuildSiteCalendar (4 events)")]
    public string SiteCalendar() => _calendars.BuildSiteCalendar(_model.Events, "sv");

    [Benchmark(Description = "SiteLoader.Load (4 events × 40 items)")]
    public SiteModel? LoadSite() => SiteLoader.Load(_root, new DiagnosticBag());
}
