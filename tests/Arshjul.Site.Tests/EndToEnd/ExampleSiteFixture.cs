using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.EndToEnd;

/// <summary>The example site, built once for a test class, in memory.</summary>
public sealed class ExampleSiteFixture
{
    public static readonly DateTimeOffset Now = new(2024, 2, 1, 12, 0, 0, TimeSpan.Zero);

    public ExampleSiteFixture()
    {
        Result = SiteBuilder.Build(new BuildRequest { Source = RepoPaths.Root, WriteOutput = false, Now = Now });
        if (!Result.Succeeded) throw new InvalidOperationException("The example site does not build:\n" + string.Join("\n", Result.Diagnostics));
        Files = Result.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
    }

    public BuildResult Result { get; }

    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public bool Exists(string path) => Files.ContainsKey(path);

    public string Text(string path) =>
        Files.TryGetValue(path, out var bytes) ? Encoding.UTF8.GetString(bytes) : throw new FileNotFoundException($"The build has no {path}.");

    public IHtmlDocument Page(string path) => new HtmlParser().ParseDocument(Text(path));
}
