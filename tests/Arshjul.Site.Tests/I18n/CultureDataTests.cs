using Arshjul.Site.Build;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Tests.Cli;
using Arshjul.Site.Tests.Output;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.I18n;

/// <summary>
/// Pages are written with their language's culture data (month and weekday names). A machine without it must
/// stop the build with a plain message rather than publish other names; a language the machine has no data for is a warning.
/// </summary>
public sealed class CultureDataTests : IDisposable
{
    private readonly TestSite _site = CliSites.Valid();
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "arshjul-culture-" + Guid.NewGuid().ToString("N"));

    public CultureDataTests() => Directory.CreateDirectory(_scratch);

    private string Output => Path.Combine(_scratch, "public");

    [Fact]
    public void InvariantGlobalizationMode_StopsTheBuildWithAPlainError_AndKeepsThePreviousOutput()
    {
        var first = ChildBuild.Run(_site.Root, Output, "2024-01-01T00:00Z", new Dictionary<string, string?>());
        Assert.True(first.Exit == 0, first.ToString());
        var before = FolderSnapshot.Of(Output);

        var run = ChildBuild.Run(_site.Root, Output, "2024-01-01T00:00Z", new Dictionary<string, string?> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" });

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Equal("", run.Out);
        Assert.Equal(
            "site.yml:1:1: error AJ0910: This machine has no culture data (.NET runs in invariant globalization mode), so the month and weekday names of 'sv', 'nb', 'en' cannot be written.\n"
            + "    hint: Install ICU (the libicu package) and unset DOTNET_SYSTEM_GLOBALIZATION_INVARIANT (or InvariantGlobalization in the tool's runtimeconfig.json), then build again.\n"
            + $"Build failed: 1 error, 0 warnings. Nothing was written to {Output}.\n",
            run.Err);
        Assert.Equal(before, FolderSnapshot.Of(Output));
        Assert.Empty(FolderSnapshot.Leftovers(Output));
    }

    [Fact]
    public void ALanguageThisMachineHasNoCultureFor_IsAWarning()
    {
        using var site = new TestSite("title: Testplats\nbaseUrl: https://example.org/\nlanguages: [sv, qq]\ntimeZone: Europe/Stockholm\n");
        CliSites.WriteLayouts(site);

        var result = SiteBuilder.Build(new BuildRequest { Source = site.Root, WriteOutput = false, Now = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            ["site.yml:1:1: warning AJ0911: This machine has no culture data for the language 'qq', so its pages get the invariant culture's English month and weekday names."],
            result.Diagnostics.Where(d => d.Code.StartsWith("AJ091", StringComparison.Ordinal)).Select(d => d.ToString()));
        Assert.Equal(
            "Set 'culture' to a culture this machine knows (such as sv-SE) in i18n/qq.yml, or use a language code it knows.",
            result.Diagnostics.Single(d => d.Code == DiagnosticCodes.UnknownCulture).Hint);
    }

    public void Dispose()
    {
        _site.Dispose();
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
