using System.Globalization;
using System.Text;

namespace Arshjul.Site.Exchange.Import;

/// <summary>Front matter as the importer writes it: every text double-quoted and escaped, so no title can break the YAML.</summary>
internal sealed class YamlWriter
{
    private readonly StringBuilder _text = new("---\n");

    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case '\r': break;
                default:
                    if (char.IsControl(c)) builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A key with a quoted text; nothing when the text is empty.</summary>
    public YamlWriter Text(string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) _text.Append(key).Append(": ").Append(Quote(value.Trim())).Append('\n');
        return this;
    }

    /// <summary>A key with a value written as it is (dates, durations, slugs, lists the caller built).</summary>
    public YamlWriter Raw(string key, string value)
    {
        _text.Append(key).Append(": ").Append(value).Append('\n');
        return this;
    }

    public YamlWriter List(string key, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0) return this;
        _text.Append(key).Append(":\n");
        foreach (var line in lines) _text.Append("  - ").Append(line).Append('\n');
        return this;
    }

    public string Document(string? body)
    {
        _text.Append("---\n");
        if (!string.IsNullOrWhiteSpace(body)) _text.Append(body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim()).Append('\n');
        return _text.ToString();
    }
}
