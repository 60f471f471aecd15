using System.Text.RegularExpressions;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Content;

/// <summary>
/// Checks a language code written by an author (a programme item's <c>language</c>): a BCP 47 tag such as
/// <c>sv</c>, <c>nn</c>, <c>en-GB</c> or <c>se-NO</c>, with the usual slips caught and named: <c>no</c> (write
/// nb or nn), <c>se</c> for Swedish, <c>dk</c> for Danish, country codes, three-letter codes that have a
/// two-letter one, and language names ("English").
/// </summary>
public static partial class LanguageTag
{
    /// <summary>ISO 639-1: the two-letter language subtags of BCP 47 (three-letter ones are accepted as written).</summary>
    private static readonly HashSet<string> TwoLetterCodes = new(
        ("aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en "
        + "eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja "
        + "jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb "
        + "nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq "
        + "sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu").Split(' '),
        StringComparer.Ordinal);

    /// <summary>What authors write instead of a code, and the codes they mean (lower case).</summary>
    private static readonly Dictionary<string, (string[] Codes, string Why)> Slips = new(StringComparer.Ordinal)
    {
        ["no"] = (["nb", "nn"], "Norwegian is written 'nb' (bokmål) or 'nn' (nynorsk)"),
        ["nor"] = (["nb", "nn"], "Norwegian is written 'nb' (bokmål) or 'nn' (nynorsk)"),
        ["se"] = (["sv"], "'se' is Northern Sami; Swedish is 'sv'. For a talk in Northern Sami, write 'se-NO', 'se-SE' or 'se-FI'"),
        ["dk"] = (["da"], "'dk' is Denmark's country code; Danish is 'da'"),
        ["jp"] = (["ja"], "'jp' is Japan's country code; Japanese is 'ja'"),
        ["cn"] = (["zh"], "'cn' is China's country code; Chinese is 'zh'"),
        ["gr"] = (["el"], "'gr' is Greece's country code; Greek is 'el'"),
        ["cz"] = (["cs"], "'cz' is Czechia's country code; Czech is 'cs'"),
        ["ua"] = (["uk"], "'ua' is Ukraine's country code; Ukrainian is 'uk'"),
        ["gb"] = (["en"], "'gb' is a country code; English is 'en' (or 'en-GB')"),
        ["us"] = (["en"], "'us' is a country code; English is 'en' (or 'en-US')"),
        ["en-uk"] = (["en-GB"], "the United Kingdom's region code is 'GB'"),
        ["swe"] = (["sv"], "a language with a two-letter code is written with it"),
        ["nob"] = (["nb"], "a language with a two-letter code is written with it"),
        ["nno"] = (["nn"], "a language with a two-letter code is written with it"),
        ["eng"] = (["en"], "a language with a two-letter code is written with it"),
        ["deu"] = (["de"], "a language with a two-letter code is written with it"),
        ["ger"] = (["de"], "a language with a two-letter code is written with it"),
        ["fin"] = (["fi"], "a language with a two-letter code is written with it"),
        ["dan"] = (["da"], "a language with a two-letter code is written with it"),
        ["isl"] = (["is"], "a language with a two-letter code is written with it"),
        ["ice"] = (["is"], "a language with a two-letter code is written with it"),
        ["fao"] = (["fo"], "a language with a two-letter code is written with it"),
        ["sme"] = (["se"], "a language with a two-letter code is written with it"),
        ["fra"] = (["fr"], "a language with a two-letter code is written with it"),
        ["fre"] = (["fr"], "a language with a two-letter code is written with it"),
        ["spa"] = (["es"], "a language with a two-letter code is written with it"),
        ["svenska"] = (["sv"], "a language is written as its code"),
        ["swedish"] = (["sv"], "a language is written as its code"),
        ["norsk"] = (["nb", "nn"], "a language is written as its code"),
        ["norska"] = (["nb", "nn"], "a language is written as its code"),
        ["norwegian"] = (["nb", "nn"], "a language is written as its code"),
        ["bokmål"] = (["nb"], "a language is written as its code"),
        ["nynorsk"] = (["nn"], "a language is written as its code"),
        ["english"] = (["en"], "a language is written as its code"),
        ["engelska"] = (["en"], "a language is written as its code"),
        ["engelsk"] = (["en"], "a language is written as its code"),
        ["german"] = (["de"], "a language is written as its code"),
        ["deutsch"] = (["de"], "a language is written as its code"),
        ["tyska"] = (["de"], "a language is written as its code"),
        ["tysk"] = (["de"], "a language is written as its code"),
        ["finnish"] = (["fi"], "a language is written as its code"),
        ["suomi"] = (["fi"], "a language is written as its code"),
        ["finska"] = (["fi"], "a language is written as its code"),
        ["finsk"] = (["fi"], "a language is written as its code"),
        ["danish"] = (["da"], "a language is written as its code"),
        ["dansk"] = (["da"], "a language is written as its code"),
        ["danska"] = (["da"], "a language is written as its code"),
    };

    /// <summary>
    /// The tag in its usual case ("en-GB"), or the reason it is not one. A slip that is a real code of another language
    /// ('se', Northern Sami) is taken as written on a site that lists it among its languages.
    /// </summary>
    public static LanguageTagCheck Check(string text, IReadOnlyCollection<string> siteLanguages)
    {
        var lower = text.Trim().ToLowerInvariant();
        if (siteLanguages.Contains(lower)) return new(lower, null, null, null);
        if (Slips.TryGetValue(lower, out var slip))
        {
            var codes = string.Join(" or ", slip.Codes.Select(c => $"'{c}'"));
            return new(null, DiagnosticCodes.LanguageSlip, $"{SafeQuote(text)} is not accepted as a language: {slip.Why}.", $"Did you mean {codes}?");
        }

        var match = TagPattern().Match(lower);
        if (!match.Success)
        {
            return new(null, DiagnosticCodes.InvalidLanguageTag, $"{SafeQuote(text)} is not a language code.", "Write a BCP 47 code such as sv, nb, nn, en, de, fi or da, or one with a region such as en-GB.");
        }

        var language = match.Groups["language"].Value;
        if (language.Length == 2 && !TwoLetterCodes.Contains(language))
        {
            return new(null, DiagnosticCodes.InvalidLanguageTag, $"'{language}' in {SafeQuote(text)} is not a language code (ISO 639-1).", "Write a code such as sv, nb, nn, en, de, fi or da.");
        }

        return new(Normalise(lower), null, null, null);
    }

    /// <summary>BCP 47's case conventions: language lower, script title case ("Latn"), region upper ("GB").</summary>
    private static string Normalise(string tag)
    {
        var parts = tag.Split('-');
        for (var i = 1; i < parts.Length; i++)
        {
            if (parts[i].Length == 1) break; // an extension or private use: what follows is left as written
            if (parts[i].Length == 4 && char.IsLetter(parts[i][0])) parts[i] = char.ToUpperInvariant(parts[i][0]) + parts[i][1..];
            else if (parts[i].Length == 2 || (parts[i].Length == 3 && char.IsDigit(parts[i][0]))) parts[i] = parts[i].ToUpperInvariant();
        }

        return string.Join('-', parts);
    }

    private static string SafeQuote(string text) => SafeText.Quote(text);

    // RFC 5646 langtag, lower-cased: language (2–3 letters, optional extlang), script, region, variants,
    // extensions and a private-use part. Grandfathered tags (i-klingon) are not accepted.
    [GeneratedRegex(@"^(?<language>[a-z]{2,3})(-[a-z]{3}){0,3}(-[a-z]{4})?(-([a-z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(-[0-9a-wyz](-[a-z0-9]{2,8})+)*(-x(-[a-z0-9]{1,8})+)?\z")]
    private static partial Regex TagPattern();
}

/// <summary>A checked language code: the tag to use, or a message and hint saying why the text is not one.</summary>
public sealed record LanguageTagCheck(string? Tag, string? Code, string? Message, string? Hint);
