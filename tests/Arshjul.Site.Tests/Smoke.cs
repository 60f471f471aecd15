using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;
using Xunit.Abstractions;

namespace Arshjul.Site.Tests;

public class SmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void ExampleSite_Loads()
    {
        var bag = new DiagnosticBag();
        var model = SiteLoader.Load(RepoPaths.Root, bag);
        foreach (var d in bag.ToSortedList()) output.WriteLine(d.ToString());
        Assert.NotNull(model);
        output.WriteLine($"events {model!.Events.Count} people {model.People.Count} articles {model.Articles.Count} pages {model.Pages.Count}");
        foreach (var e in model.Events) output.WriteLine($"{e.Slug} {e.Start} items {e.AllItems.Count()}");
    }
}
