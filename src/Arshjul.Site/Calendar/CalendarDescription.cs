using System.Text;
using Arshjul.Site.Configuration;
using Arshjul.Site.Model;

namespace Arshjul.Site.Calendar;

/// <summary>
/// The plain-text DESCRIPTION of a VEVENT: the texts, then who speaks and moderates, then the
/// materials with absolute links (a calendar app has no base URL to resolve a site path against).
/// </summary>
internal sealed class CalendarDescription(SiteOptions options, Func<MarkdownText, string> plainText, Func<string, string, string> uiText)
{
    public string? ForEvent(Event ev, string language)
    {
        var text = ev.Text.In(language).Value;
        return Join(Clean(text.Summary), PlainText(text.Body));
    }

    public string? ForItem(ProgrammeItem item, string language)
    {
        var text = item.Text.In(language).Value;
        var facts = new List<string>();
        if (item.Speakers.Count > 0) facts.Add(People(language, item.Speakers, CalendarBuilder.SpeakerKey, CalendarBuilder.SpeakersKey));
        if (item.Moderators.Count > 0) facts.Add(People(language, item.Moderators, CalendarBuilder.ModeratorKey, CalendarBuilder.ModeratorsKey));
        if (item.Materials.Count > 0)
        {
            var materials = new StringBuilder(Label(language, CalendarBuilder.MaterialsKey)).Append(':');
            foreach (var material in item.Materials)
            {
                materials.Append("\n- ").Append(Clean(material.Title)).Append(": ").Append(AbsoluteUrl(material.Url));
            }

            facts.Add(materials.ToString());
        }

        return Join(PlainText(text.Description), facts.Count == 0 ? null : string.Join('\n', facts));
    }

    /// <summary>A material's URL as written, or a site path made absolute under baseUrl.</summary>
    public string AbsoluteUrl(string url) => options.AbsoluteLink(url);

    /// <summary>
    /// TEXT values carry line breaks as "\n" and nothing else below U+0020 but a tab; CR, other
    /// control characters and trailing blanks would only show up as junk in calendar apps.
    /// </summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (IsClean(text)) return text; // most texts: no copies

        var normalised = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var builder = new StringBuilder(normalised.Length);
        foreach (var c in normalised)
        {
            if (c == '\n' || c == '\t' || !char.IsControl(c)) builder.Append(c);
        }

        var lines = builder.ToString().Split('\n').Select(l => l.TrimEnd());
        return string.Join('\n', lines).Trim('\n');
    }

    /// <summary>True when <see cref="Clean"/> would return the text unchanged.</summary>
    private static bool IsClean(string text)
    {
        if (text[0] == '\n' || text[^1] == '\n' || char.IsWhiteSpace(text[^1])) return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (i > 0 && text[i - 1] != '\n' && char.IsWhiteSpace(text[i - 1])) return false; // a line's trailing blank
            }
            else if (c != '\t' && char.IsControl(c))
            {
                return false; // CR or another control character
            }
        }

        return true;
    }

    private string? PlainText(MarkdownText? markdown) =>
        markdown is null || markdown.IsEmpty ? null : Clean(plainText(markdown));

    private string Label(string language, string key) => uiText(language, key);

    private string People(string language, IReadOnlyList<PersonRef> people, string oneKey, string manyKey) =>
        Label(language, people.Count == 1 ? oneKey : manyKey) + ": "
        + string.Join(", ", people.Select(p => p.OrganisationIn(language)?.Value is { } organisation && !string.IsNullOrWhiteSpace(organisation) ? $"{p.Name} ({organisation})" : p.Name));

    private static string? Join(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrEmpty(p)).ToList();
        return present.Count == 0 ? null : string.Join("\n\n", present);
    }
}
