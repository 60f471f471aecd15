using System.Globalization;
using System.Text;
using Arshjul.Site.Content;

namespace Arshjul.Cli.Scaffolding;

/// <summary>
/// The text of new content files: the required keys set, the optional ones commented out with a
/// line saying what they are for. Values are quoted so any title stays valid YAML.
/// </summary>
internal static class ScaffoldTemplates
{
    public static string New(ContentKind kind, ScaffoldTexts t, string title, string slug, DateOnly today, DateOnly eventDate, string? aboutEvent)
    {
        var yaml = new StringBuilder();
        Comment(yaml, t.Comments);
        yaml.Append('\n');
        switch (kind)
        {
            case ContentKind.Event:
                Comment(yaml, t.EventTitle);
                Key(yaml, "title", Quote(title));
                Comment(yaml, t.EventStart);
                Key(yaml, "start", Date(today) + "T09:00");
                Comment(yaml, t.EventEnd);
                Comment(yaml, "end: " + Date(today) + "T16:00");
                Comment(yaml, t.EventKind);
                Comment(yaml, "kind: conference");
                Comment(yaml, t.EventLocation);
                Comment(yaml, "location:");
                Comment(yaml, "  name: …");
                Comment(yaml, "  city: …");
                Comment(yaml, t.Summary);
                Comment(yaml, "summary: …");
                Comment(yaml, t.EventSchedule);
                Comment(yaml, "schedule:");
                Comment(yaml, "  - time: \"09.00\"");
                Comment(yaml, "    title: " + t.EventScheduleExample);
                return Document(yaml, t.Placeholders.Event);
            case ContentKind.Session:
                Comment(yaml, t.ItemTitle);
                Key(yaml, "title", Quote(title));
                Comment(yaml, t.ItemStart);
                Comment(yaml, "start: " + Date(eventDate) + "T10:00");
                Comment(yaml, t.ItemDuration);
                Comment(yaml, "duration: 45m");
                Comment(yaml, t.ItemRoom);
                Comment(yaml, "room: …");
                Comment(yaml, t.ItemSpeakers);
                Comment(yaml, "speakers: [anna-berg]");
                return Document(yaml, t.Placeholders.Item);
            case ContentKind.Person:
                Comment(yaml, t.PersonName);
                Key(yaml, "name", Quote(title));
                Comment(yaml, t.PersonOrganisation);
                Comment(yaml, "organisation: …");
                Comment(yaml, "role: …");
                Comment(yaml, t.PersonPhoto);
                Comment(yaml, $"photo: /images/{slug}.jpg");
                return Document(yaml, t.Placeholders.Person);
            case ContentKind.Article:
                Comment(yaml, t.ArticleTitle);
                Key(yaml, "title", Quote(title));
                Comment(yaml, t.Summary);
                Comment(yaml, "summary: …");
                Comment(yaml, t.ArticleEvents);
                if (aboutEvent is null) Comment(yaml, "events: [2024-event]");
                else Key(yaml, "events", $"[{aboutEvent}]");
                return Document(yaml, t.Placeholders.Article);
            default:
                Comment(yaml, t.PageTitle);
                Key(yaml, "title", Quote(title));
                Comment(yaml, t.PageSummary);
                Comment(yaml, "summary: …");
                return Document(yaml, t.Placeholders.Page);
        }
    }

    /// <summary>A translation of <paramref name="sourcePath"/>: only the keys a translation may set.</summary>
    public static string Translation(ContentKind kind, ScaffoldTexts t, string sourcePath, string sourceTitle)
    {
        var yaml = new StringBuilder();
        if (kind == ContentKind.Person)
        {
            Comment(yaml, string.Format(CultureInfo.InvariantCulture, t.PersonTranslation, sourcePath));
            Comment(yaml, "role: …");
            return Document(yaml, t.Placeholders.Person);
        }

        Comment(yaml, string.Format(CultureInfo.InvariantCulture, t.Translation, sourcePath));
        Key(yaml, "title", Quote(sourceTitle));
        if (kind != ContentKind.Session) Comment(yaml, "summary: …");
        var body = kind switch
        {
            ContentKind.Event => t.Placeholders.Event,
            ContentKind.Session => t.Placeholders.Item,
            ContentKind.Article => t.Placeholders.Article,
            _ => t.Placeholders.Page,
        };
        return Document(yaml, body);
    }

    private static string Document(StringBuilder yaml, string body) => "---\n" + yaml + "---\n\n" + body + "\n";

    private static void Comment(StringBuilder yaml, string text) => yaml.Append("# ").Append(text).Append('\n');

    private static void Key(StringBuilder yaml, string key, string value) => yaml.Append(key).Append(": ").Append(value).Append('\n');

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A YAML double-quoted scalar.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
