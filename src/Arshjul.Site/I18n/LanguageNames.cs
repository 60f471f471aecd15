using System.Globalization;

namespace Arshjul.Site.I18n;

/// <summary>
/// A language named for a reader of another: "engelska" on a Swedish page, "englanniksi" on a Finnish one. The names
/// come from the UI strings (language_&lt;code&gt;), a table the theme controls, since .NET's DisplayName follows the
/// process's UI culture, not the page's. A language the strings do not name is given by its own name from the culture
/// data ("português"), marked with its language; a code the culture data does not know either, by the code itself.
/// </summary>
public static class LanguageNames
{
    /// <summary>The name of <paramref name="tag"/> on a page in <paramref name="reader"/>, and the language that name is in when it is not the reader's.</summary>
    public static LanguageName For(UiStrings strings, string reader, string tag)
    {
        var lower = tag.ToLowerInvariant();
        var primary = lower.Split('-')[0];
        if (strings.TryGet(reader, "language_" + lower.Replace('-', '_')) is { } exact) return new(exact, null);
        if (strings.TryGet(reader, "language_" + primary) is { } name) return new(name, null);
        if (NativeName(primary) is { } native) return new(native, primary);
        return new(tag, null);
    }

    /// <summary>The language's name in itself, from the culture data (predefined cultures only); null when there is none.</summary>
    internal static string? NativeName(string language)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(language, predefinedOnly: true);
            return culture.NativeName.Length == 0 ? null : culture.NativeName;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}

/// <summary>A language's name, and the language it is written in when that is not the page's (for <c>lang</c>).</summary>
public sealed record LanguageName(string Name, string? Lang);
