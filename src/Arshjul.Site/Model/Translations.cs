namespace Arshjul.Site.Model;

/// <summary>The texts of one page in every site language, with the fallback already decided.</summary>
public sealed class Translations<T>
{
    private readonly IReadOnlyDictionary<string, Translated<T>> _byLanguage;

    public Translations(IReadOnlyDictionary<string, Translated<T>> byLanguage, string sourceLanguage)
    {
        _byLanguage = byLanguage;
        SourceLanguage = sourceLanguage;
    }

    /// <summary>The language of the file every other language falls back to.</summary>
    public string SourceLanguage { get; }

    public Translated<T> Source => _byLanguage[SourceLanguage];

    public Translated<T> In(string language) => _byLanguage.TryGetValue(language, out var text) ? text : Source;

    /// <summary>Languages that have their own file (not a fallback).</summary>
    public IEnumerable<string> TranslatedLanguages => _byLanguage.Where(p => !p.Value.IsFallback).Select(p => p.Key);
}
