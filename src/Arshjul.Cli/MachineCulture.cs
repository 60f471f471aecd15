using System.Globalization;

namespace Arshjul.Cli;

/// <summary>
/// Keeps the build machine's locale out of the tool. The library names a culture wherever it formats, parses or
/// compares (the page language's for page text, the invariant culture for calendars, feeds, JSON and URLs); as a
/// second guard the process runs under the invariant culture, so a call that forgot one still gives the same bytes
/// under LANG=sv_SE.UTF-8 as under C.UTF-8.
/// </summary>
internal static class MachineCulture
{
    /// <summary>Test hook: skip the guard, so a test can show the library's own formatting is explicit.</summary>
    private const string KeepVariable = "ARSHJUL_TEST_KEEP_MACHINE_CULTURE";

    /// <summary>Test hook: print the culture and time zone the process found, so a test can see its environment took effect.</summary>
    private const string ReportVariable = "ARSHJUL_TEST_REPORT_MACHINE_CULTURE";

    public static void UseInvariant(TextWriter stderr)
    {
        if (Environment.GetEnvironmentVariable(ReportVariable) is { Length: > 0 })
        {
            stderr.WriteLine($"arshjul test: culture '{CultureInfo.CurrentCulture.Name}', time zone '{TimeZoneInfo.Local.Id}'");
        }

        if (Environment.GetEnvironmentVariable(KeepVariable) is { Length: > 0 }) return;
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }
}
