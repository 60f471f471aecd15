using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Arshjul.Site.Build;

namespace Arshjul.Site.Tests.Support;

/// <summary>One page of a test site, built in memory (nothing written) and parsed.</summary>
public static class BuiltPage
{
    public static IDocument Of(TestSite site, string path, DateTimeOffset? now = null)
    {
        var result = SiteBuilder.Build(new BuildRequest { Source = site.Root, Now = now ?? new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), WriteOutput = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var file = Assert.Single(result.Files, f => f.Path == path);
        return new HtmlParser().ParseDocument(Encoding.UTF8.GetString(file.Content));
    }
}
