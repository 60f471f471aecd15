using System.Collections.Concurrent;
using Arshjul.Site.BrowserTests.Support;
using Xunit.Sdk;

namespace Arshjul.Site.BrowserTests;

/// <summary>Keyboard-only use, with JavaScript on and off (off: the pages that run scripts, <see cref="CoveredPages.For"/>): skip link first, Enter moves to main, the navigation is reachable, focus is visible.</summary>
[Collection(SiteCollection.Name)]
public sealed class KeyboardTests(SiteFixture site, ITestOutputHelper output)
{
    /// <summary>The focused element, where it is and whether it shows focus.</summary>
    private const string Focused = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) return { tag: 'body' };
          const r = el.getBoundingClientRect();
          const s = getComputedStyle(el);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          const shadow = s.boxShadow && s.boxShadow !== 'none';
          const inMain = !!el.closest('main');
          const main = document.querySelector('main');
          return {
            tag: el.tagName.toLowerCase(), id: el.id || '', href: el.getAttribute('href') || '',
            text: (el.textContent || '').trim().slice(0, 60), isMain: el === main, inMain,
            inMainNav: !!el.closest('nav') && !el.closest('nav').querySelector('a[hreflang]') && !el.closest('main') && !el.closest('footer'),
            x: r.left, y: r.top, width: r.width, height: r.height,
            viewportWidth: window.innerWidth, viewportHeight: window.innerHeight,
            indicator: outline ? `outline ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : shadow ? `box-shadow ${s.boxShadow}` : '',
            path: (() => { const p = []; let e = el; while (e && e !== document.body) { p.unshift(e.tagName.toLowerCase() + (e.id ? '#' + e.id : e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '')); e = e.parentElement; } return p.join(' > '); })(),
          };
        }
        """;

    /// <summary>The links of the main navigation: the header nav that is not the language switcher.</summary>
    private const string MainNavLinks = """
        () => [...document.querySelectorAll('nav')]
          .filter(n => !n.closest('main') && !n.closest('footer') && !n.querySelector('a[hreflang]'))
          .flatMap(n => [...n.querySelectorAll('a[href]')].map(a => a.getAttribute('href')))
        """;

    [Theory]
    [MemberData(nameof(SiteFixture.DesktopWithAndWithoutScripts), MemberType = typeof(SiteFixture))]
    public async Task Tab_first_reaches_the_skip_link_and_Enter_moves_focus_to_main(string viewportName)
    {
        var viewport = SiteFixture.ViewportNamed(viewportName);
        var context = await site.ContextAsync(viewport);
        var failures = new Failures($"skip link ({viewport.Name})");
        var pages = 0;
        var withStars = 0;
        await Browsing.ForEachPageAsync(failures, CoveredPages.For(viewport, site.OutputDir), async (lang, page) =>
        {
            await using var opened = await Browsing.OpenAsync(context, page.Path(lang));
            var p = opened.Page;
            if (await Browsing.ExpectScriptsAsInAsync(p, viewport)) Interlocked.Increment(ref withStars);
            await p.Keyboard.PressAsync("Tab");
            var first = await p.EvalAsync<FocusInfo>(Focused);
            var mainId = await p.EvaluateAsync<string?>("() => document.querySelector('main')?.id || null");
            if (mainId is null) throw new XunitException("the page has no <main> with an id for the skip link to target");
            if (first.Tag != "a" || first.Href != "#" + mainId) throw new XunitException($"the first Tab focuses {first.Describe()}, expected the skip link to #{mainId}");
            if (!first.IsVisibleInViewport) throw new XunitException($"the focused skip link is not visible in the viewport: {first.Box}");
            if (first.Indicator.Length == 0) throw new XunitException("the focused skip link shows no focus indicator (outline or box-shadow)");
            await p.Keyboard.PressAsync("Enter");
            var afterEnter = await p.EvalAsync<FocusInfo>(Focused);
            if (!afterEnter.IsMain && !afterEnter.InMain) throw new XunitException($"after Enter on the skip link focus is on {afterEnter.Describe()}, expected <main>");
            Interlocked.Increment(ref pages);
        });
        Report.Line(output, $"keyboard ({viewport.Name}): skip link first and working on {pages} pages");
        failures.ThrowIfAny();
        Assert.True(withStars > 0, "no checked page has items to star, so nothing showed whether its scripts ran");
    }

    /// <summary>Tabs through each whole page: every main-navigation link is reached, and every focused element visibly shows focus.</summary>
    [Theory]
    [MemberData(nameof(SiteFixture.DesktopWithAndWithoutScripts), MemberType = typeof(SiteFixture))]
    public async Task Tab_reaches_the_main_navigation_and_every_focus_is_visible(string viewportName)
    {
        var viewport = SiteFixture.ViewportNamed(viewportName);
        var context = await site.ContextAsync(viewport);
        var failures = new Failures($"keyboard focus ({viewport.Name})");
        var stops = 0;
        var withStars = 0;
        var report = new ConcurrentDictionary<string, string>();
        await Browsing.ForEachPageAsync(failures, CoveredPages.For(viewport, site.OutputDir), async (lang, page) =>
        {
            await using var opened = await Browsing.OpenAsync(context, page.Path(lang));
            var p = opened.Page;
            if (await Browsing.ExpectScriptsAsInAsync(p, viewport)) Interlocked.Increment(ref withStars);
            var navLinks = await p.EvaluateAsync<string[]>(MainNavLinks);
            if (navLinks.Length == 0) throw new XunitException("no main navigation links found (a <nav> outside main and footer without hreflang links)");
            var reachedNav = new HashSet<string>(StringComparer.Ordinal);
            var problems = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var count = 0;
            for (var i = 0; i < 600; i++)
            {
                await p.Keyboard.PressAsync("Tab");
                var focus = await p.EvalAsync<FocusInfo>(Focused);
                if (focus.Tag == "body") break;
                var key = focus.Path + "|" + focus.Href + "|" + focus.Text;
                if (!seen.Add(key + "|" + focus.X + "|" + focus.Y)) break;
                count++;
                if (focus.InMainNav) reachedNav.Add(focus.Href);
                if (focus.Indicator.Length == 0) problems.Add($"no focus indicator on {focus.Describe()}");
                if (focus.Width <= 0 || focus.Height <= 0) problems.Add($"focus on an invisible element {focus.Describe()} {focus.Box}");
            }

            Interlocked.Add(ref stops, count);
            report[$"{lang}-{page.Name}"] = $"keyboard {lang}-{page.Name}: {count} tab stops, {reachedNav.Count}/{navLinks.Distinct().Count()} main-nav links";
            var missing = navLinks.Distinct().Where(h => !reachedNav.Contains(h)).ToList();
            if (missing.Count > 0) problems.Add("main navigation links never focused by Tab: " + string.Join(", ", missing));
            if (problems.Count > 0) throw new XunitException(string.Join("\n", problems.Distinct().Take(15)) + (problems.Distinct().Count() > 15 ? $"\n… {problems.Distinct().Count() - 15} more" : ""));
        });
        foreach (var line in report.OrderBy(r => r.Key, StringComparer.Ordinal)) output.WriteLine(line.Value);
        Report.Line(output, $"keyboard ({viewport.Name}): {report.Count} pages tabbed through, {stops} focus stops checked");
        failures.ThrowIfAny();
        Assert.True(withStars > 0, "no checked page has items to star, so nothing showed whether its scripts ran");
    }

    private sealed record FocusInfo(
        string Tag, string? Id, string? Href, string? Text, bool IsMain, bool InMain, bool InMainNav,
        double X, double Y, double Width, double Height, double ViewportWidth, double ViewportHeight, string? Indicator, string? Path)
    {
        public string Indicator { get; } = Indicator ?? "";

        public string Href { get; } = Href ?? "";

        public string Text { get; } = Text ?? "";

        public string Path { get; } = Path ?? "";

        public bool IsVisibleInViewport => Width > 0 && Height > 0 && X >= 0 && Y >= 0 && X + Width <= ViewportWidth && Y + Height <= ViewportHeight;

        public string Box => $"({X:0},{Y:0} {Width:0}×{Height:0} in {ViewportWidth:0}×{ViewportHeight:0})";

        public string Describe() => Tag == "body" ? "<body> (nothing)" : $"<{Tag}{(Href.Length > 0 ? $" href=\"{Href}\"" : "")}> '{Text}' ({Path})";
    }
}
