using System.Globalization;
using Arshjul.Site.Configuration;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.I18n;

/// <summary>
/// Checks that the machine has the culture data the pages of each site language are written with (month and
/// weekday names, from ICU). Without it .NET quietly hands out the invariant culture, and a Swedish year page
/// would come out with English names; so that is an error before anything is written, not a different site.
/// </summary>
public static class LanguageCultures
{
    /// <summary>Reports languages without culture data; false when the machine has none at all and the build must stop.</summary>
    public static bool Check(IReadOnlyList<string> languages, UiStrings strings, DiagnosticBag diagnostics)
    {
        var missing = languages.Where(l => !HasData(strings.Get(l, "culture")) && !HasData(l)).ToList();
        if (missing.Count == 0) return true;

        var at = SourceLocation.StartOf(SiteOptionsLoader.FileName);
        if (!HasData("en-US"))
        {
            diagnostics.Error(DiagnosticCodes.NoCultureData, at,
                $"This machine has no culture data (.NET runs in invariant globalization mode), so the month and weekday names of "
                + $"{string.Join(", ", languages.Select(l => $"'{l}'"))} cannot be written.",
                "Install ICU (the libicu package) and unset DOTNET_SYSTEM_GLOBALIZATION_INVARIANT (or InvariantGlobalization in the tool's runtimeconfig.json), then build again.");
            return false;
        }

        foreach (var language in missing)
        {
            diagnostics.Warning(DiagnosticCodes.UnknownCulture, at,
                $"This machine has no culture data for the language '{language}', so its pages get the invariant culture's English month and weekday names.",
                $"Set 'culture' to a culture this machine knows (such as sv-SE) in i18n/{language}.yml, or use a language code it knows.");
        }

        return true;
    }

    // Predefined only: outside invariant mode .NET makes up a culture with the root locale's data for any
    // well-formed name ('xx'), and in invariant mode it may make one with the invariant culture's.
    private static bool HasData(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true).Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
