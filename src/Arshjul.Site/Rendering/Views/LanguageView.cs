namespace Arshjul.Site.Rendering.Views;

/// <summary>One entry of the language switcher and of the hreflang alternates.</summary>
/// <param name="Code">The language code (hreflang, lang).</param>
/// <param name="Name">The language's own name ("Svenska", "Norsk", "English").</param>
/// <param name="Url">The same page in that language, relative to the current page.</param>
/// <param name="AbsoluteUrl">The same, absolute, for &lt;link rel="alternate"&gt;.</param>
public sealed record LanguageView(string Code, string Name, string Url, string AbsoluteUrl, bool Current);
