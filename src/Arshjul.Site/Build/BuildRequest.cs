namespace Arshjul.Site.Build;

/// <summary>One build as the command line asks for it.</summary>
public sealed record BuildRequest
{
    /// <summary>The site root: the folder with site.yml.</summary>
    public required string Source { get; init; }

    /// <summary>Where the site is written; defaults to &lt;source&gt;/public.</summary>
    public string? Output { get; init; }

    public string? BaseUrl { get; init; }

    /// <summary>"Now" for upcoming events and the wheel's today mark; from --now or SOURCE_DATE_EPOCH, else the clock.</summary>
    public DateTimeOffset? Now { get; init; }

    public bool CheckLinks { get; init; }

    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>False for `check`: run every validation, write nothing.</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>A script element the dev server injects before &lt;/body&gt; for live reload; null in real builds.</summary>
    public string? LiveReloadSnippet { get; init; }

    /// <summary>Parsed content files kept between builds by the dev server; null for a one-off build.</summary>
    public Content.ContentCache? Cache { get; init; }

    /// <summary>--force: the output folder may hold files the tool did not write; they are kept as they are.</summary>
    public bool ForceOutput { get; init; }

    /// <summary>Stops the build (Ctrl+C, SIGTERM) before it publishes; the output stays as it was.</summary>
    public CancellationToken Cancellation { get; init; }

    public string OutputPath => Output ?? Path.Combine(Source, "public");
}
