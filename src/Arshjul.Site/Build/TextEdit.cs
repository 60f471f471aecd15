using System.Diagnostics;
using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Model;
using Arshjul.Site.Model.Loading;
using Arshjul.Site.Output;
using Arshjul.Site.Planning;
using Arshjul.Site.Rendering;

namespace Arshjul.Site.Build;

/// <summary>
/// The dev server's quick path for its most common edit: a session file whose texts changed (title, subtitle,
/// summary or body, in any language) and nothing else. The item is read again from its files; when it differs from
/// the kept model's item in nothing but its texts, that item takes the new texts and only the outputs that depend on
/// the file are rendered, from the kept plan (<see cref="LivePlan"/>), with nothing else loaded, planned or checked
/// again. Whatever this cannot vouch for gives null, and the whole build runs instead, with the same output: another
/// kind of file, more than one file, a time, room, speaker, status or anything else but text, nested items, any
/// diagnostic in the kept build or in the new read, a new day (pages say what is past and what is next).
/// </summary>
internal static class TextEdit
{
    /// <returns>The build, and the snapshot to keep (the same one, still live), or null to build everything.</returns>
    public static (BuildResult Result, PlanSnapshot? Plan)? TryBuild(BuildRequest request, PlanSnapshot previous, IReadOnlyCollection<string> changedPaths)
    {
        var clock = Stopwatch.StartNew();
        if (previous.Live is not { } live || request.CheckLinks || !request.WriteOutput) return null;
        if (changedPaths.Count != 1) return null;
        var path = changedPaths.First();
        var model = live.Context.Model;
        if (live.Built != new LivePlan.Request(request.Source, request.OutputPath, request.BaseUrl, request.LiveReloadSnippet) ||
            previous.Now is not { } then || !model.SameDay(then, request.Now ?? DateTimeOffset.UtcNow) || !previous.ContentFiles.Contains(path) || !IsSessionFile(path))
        {
            return null;
        }

        var item = model.Events.SelectMany(e => e.Items).FirstOrDefault(i => i.IsFile && i.Files.Any(f => f.Path == path));
        if (item is null) return null;

        // Every check the whole build runs on these files runs here; anything it reports is left to the whole build.
        var found = new DiagnosticBag();
        var files = ContentLoader.LoadAgain(request.Source, item.Files.Select(f => f.Path), model.Languages, found, request.Cache);
        if (files is null || !found.IsEmpty) return null;
        var again = SiteModelLoader.ReadItemAgain(model, item, files, found);
        foreach (var file in files) file.ReleaseFrontMatter();
        if (again is null || !found.IsEmpty || !SameButTexts(item, again, model.Languages)) return null;

        var session = live.Context.Session;
        ContentLinkChecker.Check(Descriptions(again, model.Languages), model.Options.DefaultLanguage, session.Markdown, live.Links, found);
        // The calendars' stamps read the edited file's time and git's status of it again; what the VEVENTs of the other
        // items of the site say cannot change, so the ones made so far are kept.
        var kept = live.Context.Calendars.Current;
        if (kept.Identity.Times.WithStatusOf(Path.Combine(request.Source, path)) is not { } times || !found.IsEmpty) return null;
        var calendars = kept.After(times, Calendar.CalendarIdentity.StampedWith(item));

        // The new read made new texts: the prepared Markdown of the ones it replaces is let go.
        var replaced = Descriptions(item, model.Languages).ToList();
        item.Retext(again.Text, again.Files);
        foreach (var text in replaced) session.Markdown.Forget(text);
        session.Fragments.Forget(item.Event);
        model.ReplaceDocuments(files);
        live.Context.Calendars.Current = calendars;
        var outputs = live.OutputsDependingOn(Dependencies.ChangedBy(path)!);
        var checkedAt = clock.Elapsed;

        var diagnostics = new DiagnosticBag();
        var tally = new OutputTally();
        WriteSummary? written = null;
        using (var staged = SiteBuilder.Writer(request, inPlace: true))
        {
            PlanRenderer.Render(outputs, new TeeOutput(tally, staged), diagnostics, Math.Max(1, request.Parallelism), request.Source);
            if (diagnostics.HasErrors) staged.Abort();
            else written = staged.Commit();
        }

        var result = new BuildResult
        {
            Diagnostics = diagnostics.ToSortedList(),
            Model = model,
            Written = written,
            Elapsed = clock.Elapsed,
            Counts = tally,
            Incremental = true,
            Stages = [("text edit", checkedAt), ("render and commit", clock.Elapsed - checkedAt)],
        };

        // A failed render leaves a patched model that matches no output, and a render's warning would not be printed
        // again by the next text edit: either way the next build starts again from the files.
        return (result, written is null || !diagnostics.IsEmpty ? null : previous);
    }

    private static IEnumerable<MarkdownText> Descriptions(ProgrammeItem item, IReadOnlyList<string> languages) =>
        languages.Select(l => item.Text.In(l).Value.Description).OfType<MarkdownText>().Distinct();

    private static bool IsSessionFile(string path) => ContentLoader.ClassifySitePath(path) is { Kind: ContentKind.Session };

    /// <summary>Everything of an item that is not text is the same: what it is, when, where, with whom, and from which files.</summary>
    private static bool SameButTexts(ProgrammeItem kept, ProgrammeItem again, IReadOnlyList<string> languages) =>
        kept.Id == again.Id && kept.IsFile && again.IsFile && kept.Parent is null && again.Parent is null &&
        kept.Children.Count == 0 && again.Children.Count == 0 &&
        kept.Files.Select(f => f.Path).SequenceEqual(again.Files.Select(f => f.Path), StringComparer.Ordinal) &&
        kept.Location == again.Location && kept.StartLocation == again.StartLocation && kept.EndLocation == again.EndLocation &&
        kept.DeclaredStart == again.DeclaredStart && kept.Time == again.Time && kept.Day == again.Day &&
        kept.DeclaredEnd == again.DeclaredEnd && kept.EndTime == again.EndTime && kept.Duration == again.Duration &&
        kept.Kind == again.Kind && kept.Room == again.Room && kept.Track == again.Track && kept.Language == again.Language &&
        kept.Speakers.SequenceEqual(again.Speakers) && kept.Moderators.SequenceEqual(again.Moderators) &&
        kept.Materials.SequenceEqual(again.Materials) && Equals(kept.Recording, again.Recording) &&
        kept.Status == again.Status && kept.ScheduleGuid == again.ScheduleGuid &&
        kept.Text.SourceLanguage == again.Text.SourceLanguage &&
        languages.All(l => kept.Text.In(l).IsFallback == again.Text.In(l).IsFallback && kept.Text.In(l).ContentLanguage == again.Text.In(l).ContentLanguage);
}
