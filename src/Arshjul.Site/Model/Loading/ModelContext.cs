using System.Globalization;
using Arshjul.Site.Configuration;
using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Arshjul.Site.Model.Loading;

/// <summary>What every model reader needs: the options, the diagnostics, people and static files to check references against.</summary>
internal sealed class ModelContext
{
    public ModelContext(SiteOptions options, DiagnosticBag diagnostics, IReadOnlySet<string> staticFiles, FailedSources failed)
    {
        Options = options;
        Diagnostics = diagnostics;
        StaticFiles = staticFiles;
        Failed = failed;
    }

    public SiteOptions Options { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>Paths under static/, with '/', no leading slash.</summary>
    public IReadOnlySet<string> StaticFiles { get; }

    public Dictionary<string, Person> People { get; } = new(StringComparer.Ordinal);

    /// <summary>What failed to load or read; references to it are not reported again.</summary>
    public FailedSources Failed { get; }

    /// <summary>The file all other languages fall back to: the default language's, else the first site language that has one.</summary>
    public ContentDocument SourceOf(IReadOnlyList<ContentDocument> files) =>
        Options.Languages.Select(l => files.FirstOrDefault(f => f.Language == l)).FirstOrDefault(f => f is not null) ?? files[0];

    /// <summary>Builds per-language texts: a language's own file when it has one, else the source's text, marked as fallback.</summary>
    public Translations<T> Translate<T>(IReadOnlyList<ContentDocument> files, ContentDocument source, T sourceText, Func<ContentDocument, T, T> readTranslation)
    {
        var sourceLanguage = source.Language ?? Options.DefaultLanguage;
        var byLanguage = new Dictionary<string, Translated<T>>(StringComparer.Ordinal);
        foreach (var language in Options.Languages)
        {
            var own = files.FirstOrDefault(f => f.Language == language);
            byLanguage[language] = own is null || own == source
                ? new Translated<T>(sourceText, sourceLanguage, IsFallback: language != sourceLanguage)
                : new Translated<T>(readTranslation(own, sourceText), language, IsFallback: false);
        }

        return new Translations<T>(byLanguage, sourceLanguage);
    }

    public static MarkdownText? Body(ContentDocument document) =>
        string.IsNullOrWhiteSpace(document.FrontMatter.Body)
            ? null
            : new MarkdownText(document.FrontMatter.Body, document.Path, document.FrontMatter.BodyLine);

    /// <summary>The language a programme item is given in, as a checked BCP 47 tag; null when none is written or it is not a code.</summary>
    public string? ReadLanguage(YamlObject data)
    {
        if (data.Text("language") is not { } text) return null;
        var check = LanguageTag.Check(text, Options.Languages);
        if (check.Tag is null) Diagnostics.Error(check.Code!, data.ValueLocation("language"), check.Message!, check.Hint);
        return check.Tag;
    }

    /// <summary>The status written, or null when none is (an item then inherits its parent's).</summary>
    public Status? ReadStatus(YamlObject data)
    {
        var text = data.Text("status");
        if (text is null) return null;
        if (Enum.TryParse<Status>(text, ignoreCase: true, out var status) && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) return status;
        var names = Enum.GetNames<Status>().Select(n => n.ToLowerInvariant()).ToList();
        Diagnostics.Error(DiagnosticCodes.InvalidValue, data.ValueLocation("status"),
            $"'status' is {SafeText.Quote(text)}; it can be {string.Join(", ", names)}." + Suggestions.DidYouMean(text, names));
        return null;
    }

    /// <summary>
    /// The kind, as written; a kind that is neither one Arshjul knows (events' and items' alike) nor one
    /// site.yml declares is published as written, so it is warned about, since it is most often a typo.
    /// </summary>
    public string? ReadKind(YamlObject data)
    {
        var kind = data.Text("kind");
        if (kind is null) return null;
        var known = Kinds.Events.Concat(Kinds.Items).Concat(Options.Kinds).Distinct(StringComparer.Ordinal).ToList();
        if (known.Contains(kind, StringComparer.OrdinalIgnoreCase)) return kind;
        Diagnostics.Warning(DiagnosticCodes.UnknownKind, data.ValueLocation("kind"),
            $"'kind' is {SafeText.Quote(kind)}, which is not a kind Arshjul knows." + Suggestions.DidYouMean(kind, known),
            $"It is published as written. If it is a kind of your own, list it in site.yml under 'kinds' (kinds: [{SafeText.Excerpt(kind)}]). "
            + $"Known kinds: {string.Join(", ", known)}.");
        return kind;
    }

    /// <summary>Speakers or moderators: person slugs, or { name, organisation } for a one-off name.</summary>
    public IReadOnlyList<PersonRef> ReadPeople(YamlObject data, string key)
    {
        var result = new List<PersonRef>();
        foreach (var node in data.List(key))
        {
            switch (node)
            {
                case YamlScalarNode { Value: { } slug }:
                    slug = slug.Trim();
                    if (People.TryGetValue(slug, out var person))
                    {
                        result.Add(PersonRef.To(person));
                    }
                    else if (!Failed.HasPerson(slug))
                    {
                        Diagnostics.Error(DiagnosticCodes.UnknownPerson, data.Source.At(node),
                            $"'{key}' names {SafeText.Quote(slug)}, but there is no content/speakers/{SafeText.Excerpt(slug)}.md." + Suggestions.DidYouMean(slug, People.Keys),
                            "Add a person file, or write a one-off name as { name: …, organisation: … }.");
                    }

                    break;
                case YamlMappingNode mapping:
                    var entry = new YamlObject(mapping, data.Source);
                    var name = entry.RequiredText("name", $"An entry of '{key}'");
                    var organisation = entry.Text("organisation");
                    entry.ReportUnknownKeys(["name", "organisation"], $"an entry of '{key}'");
                    if (name is not null) result.Add(new PersonRef(null, name, organisation));
                    break;
                default:
                    data.WrongType(key, node, "a person's slug or { name, organisation }");
                    break;
            }
        }

        return result;
    }

    /// <summary>A link to a file under static/ ("/materialer/x.pdf") must name a file that exists.</summary>
    public void CheckStaticFile(string url, string key, SourceLocation at)
    {
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)) return;
        var path = Uri.UnescapeDataString(url.TrimStart('/').Split('?', '#')[0]);
        if (!StaticFiles.Contains(path))
        {
            Diagnostics.Error(DiagnosticCodes.MissingFile, at, $"'{key}' points to {SafeText.Quote(url)}, but there is no file static/{SafeText.Excerpt(path)}."
                + Suggestions.DidYouMean(path, StaticFiles), "Put the file under static/ with that path, or correct the path.");
        }
    }

    public void CheckTimeZone(string id, SourceLocation at, out TimeZoneInfo zone)
    {
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found))
        {
            zone = found;
            return;
        }

        Diagnostics.Error(DiagnosticCodes.UnknownTimeZone, at, $"{SafeText.Quote(id)} is not a time zone this machine knows.",
            "Use an IANA name such as Europe/Stockholm or Europe/Oslo.");
        zone = Options.TimeZone;
    }
}
