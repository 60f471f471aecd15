using Arshjul.Site.Content;
using YamlDotNet.RepresentationModel;

namespace Arshjul.Site.Model.Loading;

/// <summary>
/// Reads a person from speakers/&lt;slug&gt;.md (language-neutral) and speakers/&lt;slug&gt;.&lt;lang&gt;.md
/// (per-language bio and texts). A neutral bio counts as written in the default language.
/// </summary>
internal sealed class PersonReader(ModelContext context)
{
    public static readonly string[] Keys = ["name", "organisation", "role", "photo", "links"];

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
        foreach (var file in languageFiles.Where(f => f != main))
        {
            // Per-language files may set name, role and organisation too (titles differ by language), and the bio.
            file.Data.ReportUnknownKeys(Keys, "a person");
        }

        var bio = ReadBios(main, neutral, languageFiles);
        if (name is null) return null;
        return new Person
        {
            Slug = slug,
            Files = files,
            Location = data.Location,
            Name = name,
            Organisation = organisation,
            Role = role,
            Photo = photo is null ? null : photo.TrimStart('/'),
            Links = links,
            Bio = bio,
        };
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
