using Arshjul.Site.Content;

namespace Arshjul.Site.Model;

/// <summary>
/// What each site language has in its own words (`arshjul check --translations`): per language, how many events,
/// sessions, articles, pages and people are translated out of how many, and the source files of the rest. A session
/// given in the language it is written in needs no translation (its text is in the talk's language by design) and is
/// not counted; nor is a person with no bio and no role (an organisation alone is a name, most often).
/// </summary>
public static class TranslationReport
{
    /// <summary>The kinds in the order the report lists them.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["event", "session", "article", "page", "person"];

    public static IReadOnlyList<LanguageTranslations> For(SiteModel model) =>
        model.Languages.Select(language => ForLanguage(model, language)).ToList();

    private static LanguageTranslations ForLanguage(SiteModel model, string language)
    {
        var entries = new List<(string Kind, UntranslatedFile? Missing)>();
        foreach (var ev in model.Events)
        {
            entries.Add(("event", Untranslated(ev.Text.In(language), ev.Files, ev.Text.SourceLanguage, "event")));
            foreach (var item in ev.AllItems.Where(i => i.IsFile && !i.IsWrittenInItsLanguage))
            {
                entries.Add(("session", Untranslated(item.Text.In(language), item.Files, item.Text.SourceLanguage, "session")));
            }
        }

        entries.AddRange(model.Articles.Select(a => ("article", Untranslated(a.Text.In(language), a.Files, a.Text.SourceLanguage, "article"))));
        entries.AddRange(model.Pages.Select(p => ("page", Untranslated(p.Text.In(language), p.Files, p.Text.SourceLanguage, "page"))));
        foreach (var person in model.People.Values.OrderBy(p => p.Slug, StringComparer.Ordinal))
        {
            var fields = new (string Name, bool HasText, bool IsFallback)[]
            {
                ("bio", person.Bio.In(language).Value is not null, person.Bio.In(language).IsFallback),
                ("role", person.Role.In(language).Value is not null, person.Role.In(language).IsFallback),
                ("organisation", person.Organisation.In(language).Value is not null, person.Organisation.In(language).IsFallback),
            };
            // The organisation is most often a name that needs no translation: it is listed with the texts that
            // fall back, but does not on its own make the person untranslated.
            if (!fields.Any(f => f.HasText && f.Name != "organisation")) continue;
            var missing = fields.Where(f => f.HasText && f.IsFallback).Select(f => f.Name).ToList();
            if (missing.All(f => f == "organisation")) missing = [];
            var source = person.Files.FirstOrDefault(f => f.Language is null) ?? person.Files[0];
            entries.Add(("person", missing.Count == 0 ? null : new UntranslatedFile(source.Path, "person", missing)));
        }

        var counts = Kinds.Select(kind => new KindCount(
            kind,
            entries.Count(e => e.Kind == kind && e.Missing is null),
            entries.Count(e => e.Kind == kind))).ToList();
        var files = entries.Where(e => e.Missing is not null).Select(e => e.Missing!).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        return new LanguageTranslations(language, counts, files);
    }

    private static UntranslatedFile? Untranslated<T>(Translated<T> text, IReadOnlyList<ContentDocument> files, string sourceLanguage, string kind) =>
        text.IsFallback ? new UntranslatedFile((files.FirstOrDefault(f => f.Language == sourceLanguage) ?? files[0]).Path, kind, []) : null;
}

/// <summary>One language's part of the report.</summary>
public sealed record LanguageTranslations(string Language, IReadOnlyList<KindCount> Counts, IReadOnlyList<UntranslatedFile> Missing);

/// <summary>How many of one kind a language has in its own words, of how many there are.</summary>
public sealed record KindCount(string Kind, int Translated, int Total);

/// <summary>A source file a language falls back to; for a person, which of its texts do (bio, role, organisation).</summary>
public sealed record UntranslatedFile(string Path, string Kind, IReadOnlyList<string> Fields);
