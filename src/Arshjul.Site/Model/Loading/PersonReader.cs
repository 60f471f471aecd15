using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Arshjul.Site.Model.Loading;

/// <summary>
/// Reads a person from speakers/&lt;slug&gt;.md (language-neutral) and speakers/&lt;slug&gt;.&lt;lang&gt;.md
/// (per-language role, organisation and bio). A neutral file counts as written in the default language.
/// </summary>
internal sealed class PersonReader(ModelContext context)
{
    public static readonly string[] Keys = ["name", "organisation", "role", "photo", "links"];

    /// <summary>What speakers/&lt;person&gt;.&lt;lang&gt;.md may set beside the bio: the texts that differ by language.</summary>
    public static readonly string[] TranslationKeys = ["organisation", "role"];

    public Person? Read(string slug, IReadOnlyList<ContentDocument> files)
    {
        var neutral = files.FirstOrDefault(f => f.Language is null);
        var main = neutral ?? context.SourceOf(files);
        var data = main.Data;
        var name = data.RequiredText("name", "The person");
        var photo = data.Text("photo");
        if (photo is not null) context.CheckStaticFile(photo.StartsWith('/') ? photo : "/" + photo, "photo", data.ValueLocation("photo"));
        var links = ReadLinks(data);
        var organisation = data.Text("organisation");
        var role = data.Text("role");
        data.ReportUnknownKeys(Keys, "a person");

        var languageFiles = files.Where(f => f.Language is not null).ToList();
        var translations = languageFiles.Where(f => f != main).ToList();
        // A default-language file beside the neutral one is already an error (two files in one language).
        foreach (var file in translations.Where(f => neutral is null || f.Language != context.Options.DefaultLanguage)) CheckTranslationKeys(file, main);

        var sourceLanguage = main.Language ?? context.Options.DefaultLanguage;
        var bio = ReadBios(main, neutral, languageFiles);
        if (name is null) return null;
        return new Person
        {
            Slug = slug,
            Files = files,
            Location = data.Location,
            Name = name,
            Organisation = Field(organisation, sourceLanguage, translations, "organisation"),
            Role = Field(role, sourceLanguage, translations, "role"),
            Photo = photo is null ? null : photo.TrimStart('/'),
            Links = links,
            Bio = bio,
        };
    }

    /// <summary>
    /// A translation sets the texts that differ by language; a fact such as the name or photo is set once, in the
    /// source, so the languages cannot disagree on it.
    /// </summary>
    private void CheckTranslationKeys(ContentDocument file, ContentDocument main)
    {
        var data = file.Data;
        foreach (var key in data.Keys.Where(k => Keys.Contains(k) && !TranslationKeys.Contains(k)).ToList())
        {
            data.Get(key);
            context.Diagnostics.Error(DiagnosticCodes.PersonTranslationKey, data.KeyLocation(key),
                $"A person's translation sets '{key}', which is set once, in {main.Path}; a translation sets only role, organisation and the bio.",
                $"Remove '{key}' from this file (change it in {main.Path} if it should differ).");
        }

        foreach (var key in TranslationKeys) data.Text(key);
        data.ReportUnknownKeys(TranslationKeys, "a person's translation");
    }

    /// <summary>One text field per language: a translation's own value, else the source's, marked as in the source's language.</summary>
    private Translations<string?> Field(string? sourceValue, string sourceLanguage, IReadOnlyList<ContentDocument> translations, string key)
    {
        var byLanguage = new Dictionary<string, Translated<string?>>(StringComparer.Ordinal);
        foreach (var language in context.Options.Languages)
        {
            var own = translations.FirstOrDefault(f => f.Language == language)?.Data.Text(key);
            byLanguage[language] = own is not null
                ? new Translated<string?>(own, language, false)
                : new Translated<string?>(sourceValue, sourceLanguage, IsFallback: sourceValue is not null && language != sourceLanguage);
        }

        return new Translations<string?>(byLanguage, sourceLanguage);
    }

    private Translations<MarkdownText?> ReadBios(ContentDocument main, ContentDocument? neutral, IReadOnlyList<ContentDocument> languageFiles)
    {
        var defaultLanguage = context.Options.DefaultLanguage;
        var sourceLanguage = neutral is not null ? defaultLanguage : main.Language ?? defaultLanguage;
        var sourceBio = ModelContext.Body(main);
        if (sourceBio is null && languageFiles.FirstOrDefault(f => ModelContext.Body(f) is not null) is { } withBio)
        {
            sourceBio = ModelContext.Body(withBio);
            sourceLanguage = withBio.Language!;
        }

        var byLanguage = new Dictionary<string, Translated<MarkdownText?>>(StringComparer.Ordinal);
        foreach (var language in context.Options.Languages)
        {
            var own = languageFiles.FirstOrDefault(f => f.Language == language);
            var ownBio = own is null ? null : ModelContext.Body(own);
            byLanguage[language] = ownBio is not null
                ? new Translated<MarkdownText?>(ownBio, language, false)
                : new Translated<MarkdownText?>(sourceBio, sourceLanguage, IsFallback: sourceBio is not null && language != sourceLanguage);
        }

        return new Translations<MarkdownText?>(byLanguage, sourceLanguage);
    }

    private static IReadOnlyList<Link> ReadLinks(YamlObject data)
    {
        var links = new List<Link>();
        foreach (var node in data.List("links"))
        {
            if (node is not YamlMappingNode mapping)
            {
                data.WrongType("links", node, "{ title, url }");
                continue;
            }

            var entry = new YamlObject(mapping, data.Source);
            var title = entry.RequiredText("title", "A link");
            var url = entry.RequiredText("url", "A link");
            entry.ReportUnknownKeys(["title", "url"], "a link");
            if (title is not null && url is not null && AuthorUrls.Check(url, entry.ValueLocation("url"), data.Source.Diagnostics)) links.Add(new Link(title, url));
        }

        return links;
    }
}
