namespace Arshjul.Site.Build;

/// <summary>Settings of one build that come from the command line rather than site.yml.</summary>
public sealed record LoadOptions
{
    /// <summary>Overrides site.yml's baseUrl (--base-url).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Worker threads (--parallel); all cores by default.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Parsed content files from earlier builds (the dev server keeps one); null reads everything.</summary>
    public Content.ContentCache? Cache { get; init; }
}
