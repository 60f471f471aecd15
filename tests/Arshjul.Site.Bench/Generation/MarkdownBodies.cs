using System.Text;

namespace Arshjul.Site.Bench.Generation;

/// <summary>
/// Markdown bodies with what real programme texts have: paragraphs, a list, emphasis, a heading,
/// links to other events by site path and by content file, and now and then an external link.
/// </summary>
internal static class MarkdownBodies
{
    /// <param name="lang">The language the body is written in.</param>
    /// <param name="sitePathLink">A site path such as /sv/events/x/ (in <paramref name="lang"/>) and its link text.</param>
    /// <param name="fileLink">A content file link relative to the file written, and its link text; null for none.</param>
    public static string Body(BenchRandom rng, string lang, (string Url, string Text) sitePathLink, (string Url, string Text)? fileLink, bool longForm)
    {
        var text = new StringBuilder();
        var topic = rng.Pick(TextBank.Topics).In(lang);
        text.Append("**").Append(topic).Append(".** ");
        AppendSentences(text, rng, lang, rng.Between(2, 3));
        if (fileLink is { } file)
        {
            text.Append(' ').Append(Connector(lang)).Append(" [").Append(file.Text).Append("](").Append(file.Url).Append(").");
        }

        text.Append("\n\n");
        if (longForm || rng.Chance(0.5))
        {
            text.Append("## ").Append(rng.Pick(TextBank.Headings).In(lang)).Append("\n\n");
        }

        var listLength = rng.Between(3, 5);
        var start = rng.Next(TextBank.ListItems.Length);
        for (var i = 0; i < listLength; i++)
        {
            var item = TextBank.ListItems[(start + i) % TextBank.ListItems.Length].In(lang);
            text.Append("- ").Append(i == 1 ? "*" + item + "*" : item).Append('\n');
        }

        text.Append('\n');
        AppendSentences(text, rng, lang, rng.Between(1, 2));
        text.Append(' ').Append(SeeAlso(lang)).Append(" [").Append(sitePathLink.Text).Append("](").Append(sitePathLink.Url).Append(").");
        if (rng.Chance(0.2))
        {
            text.Append(' ').Append(More(lang)).Append(" <https://www.example.org/rapporter/").Append(rng.Between(100, 999)).Append(">.");
        }

        text.Append('\n');
        if (longForm)
        {
            text.Append('\n');
            AppendSentences(text, rng, lang, rng.Between(3, 5));
            text.Append('\n');
        }

        return text.ToString();
    }

    public static string Sentences(BenchRandom rng, string lang, int count)
    {
        var text = new StringBuilder();
        AppendSentences(text, rng, lang, count);
        return text.ToString();
    }

    private static void AppendSentences(StringBuilder text, BenchRandom rng, string lang, int count)
    {
        var start = rng.Next(TextBank.Sentences.Length);
        for (var i = 0; i < count; i++)
        {
            if (i > 0) text.Append(' ');
            text.Append(TextBank.Sentences[(start + i * 3) % TextBank.Sentences.Length].In(lang));
        }
    }

    private static string Connector(string lang) => lang switch { "nb" => "Les også om", "en" => "Read also about", _ => "Läs också om" };

    private static string SeeAlso(string lang) => lang switch { "nb" => "Se også", "en" => "See also", _ => "Se även" };

    private static string More(string lang) => lang switch { "nb" => "Mer i rapporten", "en" => "More in the report", _ => "Mer i rapporten" };
}
