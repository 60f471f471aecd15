using Arshjul.Site.Tests.Cli;

namespace Arshjul.Site.Tests.Loading;

/// <summary>'theme' names a folder under themes/; a path there used to end in an internal error (exit 3).</summary>
public sealed class ThemeNameTests
{
    [Theory]
    [InlineData("../../../etc")]
    [InlineData("/etc")]
    [InlineData("themes/x")]
    [InlineData("C:\\\\themes")]
    [InlineData(".hidden")]
    public void APath_IsAnErrorAtTheValue_ExitOne(string theme)
    {
        using var site = CliSites.Valid();
        site.Write("site.yml", $"title: Prov\nbaseUrl: https://example.org/\nlanguages: [sv]\ntheme: \"{theme}\"\n");

        var run = CliRun.Of("build", "--source", site.Root, "--output", site.Root + "-out");

        Assert.True(run.Exit == 1, run.ToString());
        var shown = theme.Replace("\\\\", "\\", StringComparison.Ordinal);
        Assert.StartsWith(
            $"""
            site.yml:4:8: error AJ0126: 'theme' is '{shown}'; a theme is named by its folder under themes/, not by a path.
                hint: Write the folder's name alone, such as 'theme: my-theme' for themes/my-theme/ (letters, digits, '-' and '_').
            Build failed: 1 error,
            """.ReplaceLineEndings("\n"),
            run.Err.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void AFolderUnderThemes_IsUsed()
    {
        using var site = CliSites.Valid();
        site.Write("site.yml", "title: Prov\nbaseUrl: https://example.org/\nlanguages: [sv]\ntheme: min_tema-2\n");
        site.Write("themes/min_tema-2/static/tema.css", "body { color: teal; }\n");
        var output = site.Root + "-out";

        try
        {
            var run = CliRun.Of("build", "--source", site.Root, "--output", output);

            Assert.True(run.Exit == 0, run.ToString());
            Assert.Equal("body { color: teal; }\n", File.ReadAllText(Path.Combine(output, "tema.css")));
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }
}
