namespace Arshjul.Site.Content;

/// <summary>One content file, read and split, before it becomes part of the model.</summary>
/// <param name="Path">Relative to the site root, with '/': content/events/x/index.sv.md.</param>
/// <param name="FullPath">Absolute path on disk (for modification times and git history).</param>
/// <param name="Where">What the path says the file is.</param>
/// <param name="Language">The file's language: its suffix, else the default language (null for neutral person files).</param>
/// <param name="FrontMatter">The file's front matter and body, for the model's readers (<see cref="ReleaseFrontMatter"/>).</param>
public sealed record ContentDocument(
    string Path,
    string FullPath,
    ContentPath Where,
    string? Language,
    FrontMatter FrontMatter,
    DateTimeOffset LastWriteUtc)
{
    public FrontMatter FrontMatter
    {
        get => field ?? throw new InvalidOperationException($"The front matter of {Path} was read after the model was built.");
        private set;
    } = FrontMatter;

    public YamlObject Data => FrontMatter.Data;

    /// <summary>
    /// Lets the YAML tree go once the model holds what it took from it. The model keeps its documents (paths,
    /// languages and times for dependencies and calendar stamps) for the whole build, and at 5,000 items their
    /// YAML trees are about a tenth of its memory; nothing after loading reads them.
    /// </summary>
    internal void ReleaseFrontMatter() => FrontMatter = null!;
}
