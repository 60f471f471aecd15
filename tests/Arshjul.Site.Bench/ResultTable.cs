using System.Globalization;
using System.Text;
using Arshjul.Site.Bench.Runs;

namespace Arshjul.Site.Bench;

/// <summary>One size's full-build figures.</summary>
public sealed record BuildRow(SizeSpec Size, OutputStats Output, IReadOnlyList<BuildRun> Runs, IReadOnlyList<TimeSpan> Floors)
{
    public double WallSeconds => Median(Runs.Select(r => r.Wall.TotalSeconds));

    public double CpuSeconds => Median(Runs.Select(r => r.Cpu.TotalSeconds));

    public double PeakRssMb => Median(Runs.Select(r => r.PeakRssBytes / 1048576.0));

    public double FloorSeconds => Median(Floors.Select(f => f.TotalSeconds));

    public double? ReportedSeconds => Runs.All(r => r.ReportedMs is not null) ? Median(Runs.Select(r => r.ReportedMs!.Value / 1000)) : null;

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return double.NaN;
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}

/// <summary>The one table printed at the end, in Markdown.</summary>
public static class ResultTable
{
    public static string Render(IReadOnlyList<BuildRow> builds, IReadOnlyList<(SizeSpec Size, ServeResult Result)> serves, string notes)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("| size | pages | calendars | files | MB | wall median (s) | CPU (s) | peak RSS (MB) | pages/s | floor (s) | build/floor | tool-reported build (s) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in builds)
        {
            var output = row.Output;
            text.AppendLine(string.Create(c,
                $"| {row.Size.Name} ({row.Size.Events}×{row.Size.ItemsPerEvent}, {row.Size.People:N0} people) | {output.Pages:N0} | {output.Calendars:N0} | {output.Files.Count:N0} | {output.Bytes / 1048576.0:0.0} | {row.WallSeconds:0.00} | {row.CpuSeconds:0.00} | {row.PeakRssMb:0} | {output.Pages / row.WallSeconds:N0} | {row.FloorSeconds:0.000} | {row.WallSeconds / row.FloorSeconds:0.0}× | {(row.ReportedSeconds is { } r ? r.ToString("0.00", c) : "–")} |"));
        }

        if (serves.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("| size | edit | edit→visible median (ms) | min–max (ms) | rebuild median, tool-reported (ms) | pages re-rendered per edit | files rewritten per edit (log / mtime) | failed edits |");
            text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
            foreach (var (size, result) in serves)
            {
                var visible = result.EditToVisible;
                var range = visible.Count == 0 ? "–" : string.Create(c, $"{visible.Min():0}–{visible.Max():0}");
                text.AppendLine(string.Create(c,
                    $"| {size.Name} | {result.Edit} | {BuildRow.Median(visible):0} | {range} | {BuildRow.Median(result.RebuildMs):0} | {BuildRow.Median(result.PagesRendered.Select(p => (double)p)):N0} | {BuildRow.Median(result.FilesWritten.Select(p => (double)p)):0} / {BuildRow.Median(result.FilesTouched.Select(p => (double)p)):0} | {result.Failures} |"));
            }
        }

        text.AppendLine();
        text.Append(notes);
        return text.ToString();
    }
}
