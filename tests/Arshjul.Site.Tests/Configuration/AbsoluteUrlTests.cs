using Arshjul.Site.Configuration;

namespace Arshjul.Site.Tests.Configuration;

/// <summary>
/// Plain site paths are joined to baseUrl as text, the rest through <see cref="Uri"/>: either way the URL is the one
/// Uri makes, for every kind of path and base.
/// </summary>
public sealed class AbsoluteUrlTests
{
    public static TheoryData<string, string> Paths()
    {
        string[] bases = ["https://example.org/", "https://example.org/sub/folder/", "http://localhost:1313/", "https://EXAMPLE.org:443/a%20b/", "https://example.org/?preview=1", "https://räksmörgås.se/program/", "https://example.org/prögram/"];
        string[] paths =
        [
            "", "/", "sv/", "/sv/events/arshjul-2026/", "en/people/åsa-öberg/", "sv/events/x/sessions/a b/", "sv/calendar.ics",
            "files/rapport.2026.pdf", "sv/./x/", "sv/../../x/", "..", ".", "sv//x/", "//evil.example/x", "sv/x/#item-3",
            "sv/x/?q=1", "sv/%C3%A5/", "sv/x~y_z-1/", "SV/Events/", "sv/\u00e9v\u00e9nement/", "...", "a/.../b",
        ];
        var data = new TheoryData<string, string>();
        foreach (var baseUrl in bases)
        {
            foreach (var path in paths) data.Add(baseUrl, path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void AbsoluteUrl_IsWhatUriMakesOfTheBaseAndPath(string baseUrl, string path)
    {
        var options = Options(new Uri(baseUrl));

        Assert.Equal(new Uri(options.BaseUrl, path.TrimStart('/')).AbsoluteUri, options.AbsoluteUrl(path));
    }

    [Fact]
    public void ACopyWithAnotherBase_JoinsToThatBase()
    {
        var options = Options(new Uri("https://example.org/"));

        var moved = options with { BaseUrl = new Uri("https://other.example/prog/") };

        Assert.Equal("https://other.example/prog/sv/events/x/", moved.AbsoluteUrl("sv/events/x/"));
        Assert.Equal("https://example.org/sv/events/x/", options.AbsoluteUrl("sv/events/x/"));
    }

    private static SiteOptions Options(Uri baseUrl) => new()
    {
        Title = new Dictionary<string, string> { ["sv"] = "Test" },
        BaseUrl = baseUrl,
        Languages = ["sv"],
        TimeZoneId = "Europe/Stockholm",
        TimeZone = TimeZoneInfo.Utc,
    };
}
