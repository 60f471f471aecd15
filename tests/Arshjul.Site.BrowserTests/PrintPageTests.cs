using System.Text.RegularExpressions;
using Arshjul.Site.BrowserTests.Support;
using Microsoft.Playwright;

namespace Arshjul.Site.BrowserTests;

/// <summary>
/// Issue 16, point 4: the printable programme of Verksted 2017 printed by Chromium at A4 fits its two days on at
/// most four pages, and its QR codes, read back from the PDF by zbarimg, lead to the event page and programme.ics
/// at their absolute addresses. The page also passes axe and the Nu Html Checker.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class PrintPageTests(SiteFixture site, ITestOutputHelper output)
{
    private const string Verksted = "2017-verksted-regional-utvikling";

    public static TheoryData<string> Languages => new(SiteFixture.Languages);

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Verksted_printed_at_A4_fits_both_days_on_at_most_four_pages_and_its_QR_codes_decode_to_the_events_addresses(string lang)
    {
        Tools.RequirePdfTools();
        var folder = Directory.CreateTempSubdirectory("arshjul-print-").FullName;
        try
        {
            var context = await site.ContextAsync(SiteFixture.Desktop);
            await using var opened = await Browsing.OpenAsync(context, $"/{lang}/events/{Verksted}/print/");
            Browsing.ExpectStatus(opened, 200);
            Assert.Empty(opened.LoadProblems);
            Assert.Equal(0, await opened.Page.Locator("nav, .site-header, .site-footer").CountAsync()); // no site navigation
            var lastTitle = (await opened.Page.Locator(".print-day").Last.Locator(".print-item > .print-title").Last.InnerTextAsync()).Trim();

            var pdf = Path.Combine(folder, "print.pdf");
            await opened.Page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PrintBackground = true });

            var (infoExit, info, infoError) = await Tools.RunAsync("pdfinfo", [pdf]);
            Assert.True(infoExit == 0, "pdfinfo failed: " + infoError);
            var pages = int.Parse(PagesLine().Match(info).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            // A4 is 595.28 × 841.89 pt; Chromium rounds the sheet to whole CSS pixels, so allow two points.
            var size = PageSizeLine().Match(info);
            Assert.True(size.Success, "pdfinfo gave no page size:\n" + info);
            Assert.InRange(double.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 593.3, 597.3);
            Assert.InRange(double.Parse(size.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 839.9, 843.9);
            Report.Line(output, $"print {lang}: {pages} A4 page(s)");
            Assert.InRange(pages, 1, 4);

            // Both days are in the PDF, down to the last item of the second day.
            var (textExit, text, textError) = await Tools.RunAsync("pdftotext", ["-layout", pdf, "-"]);
            Assert.True(textExit == 0, "pdftotext failed: " + textError);
            var flat = Regex.Replace(text, @"\s+", " ");
            var dayHeadings = await opened.Page.Locator(".print-day h2").AllInnerTextsAsync();
            Assert.Equal(2, dayHeadings.Count);
            Assert.Contains(Regex.Replace(lastTitle, @"\s+", " "), flat, StringComparison.Ordinal);

            // The printed codes, as a phone would see them on paper: the first page rasterised at 200 dpi.
            var (rasterExit, _, rasterError) = await Tools.RunAsync("pdftoppm", ["-png", "-r", "200", "-f", "1", "-l", "1", pdf, Path.Combine(folder, "page")]);
            Assert.True(rasterExit == 0, "pdftoppm failed: " + rasterError);
            var png = Directory.GetFiles(folder, "page*.png").Single();
            var (zbarExit, decoded, zbarError) = await Tools.RunAsync("zbarimg", ["--quiet", "--raw", png]);
            Assert.True(zbarExit == 0, $"zbarimg found no code in {png}: {zbarError}");
            var codes = decoded.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal).ToList();
            Assert.Equal([$"https://example.org/{lang}/events/{Verksted}/", $"https://example.org/{lang}/events/{Verksted}/programme.ics"], codes);

            // Each code has its words and its address printed under it.
            var captions = await opened.Page.Locator(".print-code figcaption a").AllInnerTextsAsync();
            Assert.Equal(codes, captions.Select(c => c.Trim()).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Print_pages_have_no_axe_violations_at_either_width()
    {
        var failures = new Failures("axe-core on the printable programme");
        foreach (var viewport in new[] { SiteFixture.Desktop, SiteFixture.Mobile })
        {
            var context = await site.ContextAsync(viewport);
            foreach (var lang in SiteFixture.Languages)
            {
                foreach (var slug in new[] { Verksted, "2018-reglab-arskonferens" })
                {
                    var path = $"/{lang}/events/{slug}/print/";
                    await failures.Guard($"{path} at {viewport.Width}", async () =>
                    {
                        await using var opened = await Browsing.OpenAsync(context, path);
                        Browsing.ExpectStatus(opened, 200);
                        var result = await Axe.RunAsync(opened.Page);
                        Report.Line(output, $"axe {viewport.Width} {path}: {result.Passes} passed, {result.Violations.Count} violated");
                        if (result.Violations.Count > 0) throw new Xunit.Sdk.XunitException(result.Describe(result.Violations));
                    });
                }
            }
        }

        failures.ThrowIfAny();
    }

    [Fact]
    public async Task Print_pages_are_valid_html()
    {
        var folder = Directory.CreateTempSubdirectory("arshjul-print-vnu-").FullName;
        try
        {
            var pages = Directory.GetFiles(site.OutputDir, "index.html", SearchOption.AllDirectories)
                .Where(p => Path.GetFileName(Path.GetDirectoryName(p)) == "print")
                .ToList();
            Assert.Equal(SiteFixture.Languages.Length * 2, pages.Count); // the two seed events with a programme
            foreach (var page in pages) File.Copy(page, Path.Combine(folder, Path.GetRelativePath(site.OutputDir, page).Replace('/', '-')));

            var (files, errors) = await VnuTests.RunVnuAsync(folder);
            Assert.Equal(pages.Count, files);
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Page size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline)]
    private static partial Regex PageSizeLine();
}
