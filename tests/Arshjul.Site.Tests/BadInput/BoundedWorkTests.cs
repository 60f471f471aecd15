using System.Text;
using Arshjul.Site.Tests.Cli;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.BadInput;

/// <summary>
/// Small hostile files that once made the build run for minutes, overflow the stack or exit 3:
/// each now exits 1 with one error at the place of the problem.
/// </summary>
public sealed class BoundedWorkTests
{
    [Fact]
    public void BillionLaughs_ExitsOne_AtTheAliasThatPassesTheLimit()
    {
        var yaml = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x,x]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append($"{level}: &{level} [{string.Join(",", Enumerable.Repeat($"*{previous}", 10))}]\n");
        }

        yaml.Append("schedule: [*i]\n");
        var run = CheckEvent(yaml.ToString());

        Assert.True(run.Exit == 1, run.ToString());
        // a is 11 values, b 111, c 1,111: the aliases of b and c stand for 1,220, and the 8th '*c' on line 7 passes 10,000.
        Assert.StartsWith(
            $"{CliSites.EventPath}:7:29: error AJ0140: The alias '*c' makes the front matter too large: its aliases stand for more than 10,000 values in all.\n",
            run.Err.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void FlowNested50000Deep_ExitsOne_WithoutOverflowingTheStack()
    {
        var run = CheckEvent("tags: " + new string('[', 50_000) + "\n");

        Assert.True(run.Exit == 1, run.ToString());
        // Line 4 of the file; the top mapping is level 1, so the 64th '[' (column 7 + 63) is level 65.
        Assert.StartsWith($"{CliSites.EventPath}:4:70: error AJ0140: The front matter is nested more than 64 levels deep here.\n", run.Err.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ItemsNested2000Deep_ExitsOne_WithTheNestingError()
    {
        var yaml = new StringBuilder("schedule: ");
        for (var i = 0; i < 2_000; i++) yaml.Append("[{title: x, items: ");
        yaml.Append("[]");
        var run = CheckEvent(yaml.ToString() + "\n");

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Contains("error AJ0140: The front matter is nested more than 64 levels deep here.", run.Err);
        Assert.DoesNotContain("AJ0900", run.Err);
    }

    [Fact(Timeout = 120_000)]
    public async Task TwentyThousandSameTitledItems_GetUniqueIdsAndFinish()
    {
        // With the old quadratic search (each title tried -2, -3, … from the start) this took minutes.
        var yaml = new StringBuilder("schedule:\n");
        for (var i = 0; i < 20_000; i++) yaml.Append("  - title: Paus\n");
        using var site = CliSites.Valid();
        site.Write(CliSites.EventPath, $"---\ntitle: Vårmötet\nstart: 2024-03-08T09:00\n{yaml}---\nText.\n");

        var model = await Task.Run(site.LoadValid);

        var ids = model.Events.Single().Items.Select(i => i.Id).ToList();
        Assert.Equal(20_000, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(["paus", "paus-2", "paus-3"], ids.Take(3));
        Assert.Equal("paus-20000", ids[^1]);
    }

    [Fact]
    public void TitleOf260Characters_GetsAnIdCutAtAWordBoundary_AndTheSiteBuilds()
    {
        // 26 words of ten characters ("ordnummer-" 26 times, without the last '-'): 259 characters of slug.
        var title = string.Join(" ", Enumerable.Repeat("Ordnummer", 26));
        using var site = CliSites.Valid();
        site.Write(CliSites.EventPath, $"---\ntitle: Vårmötet\nstart: 2024-03-08T09:00\nschedule:\n  - title: {title}\n    time: \"10.00\"\n---\nText.\n");

        var run = CliRun.Of("build", "--source", site.Root);

        Assert.True(run.Exit == 0, run.ToString());
        // Six words are 59 characters; a seventh would pass 60.
        var id = string.Join("-", Enumerable.Repeat("ordnummer", 6));
        Assert.Equal(id, site.LoadValid().Events.Single().Items.Single().Id);
    }

    private static CliRun CheckEvent(string yaml)
    {
        using var site = CliSites.Valid();
        site.Write(CliSites.EventPath, $"---\ntitle: Vårmötet\nstart: 2024-03-08T09:00\n{yaml}---\nText.\n");
        return CliRun.Of("check", "--source", site.Root);
    }
}
