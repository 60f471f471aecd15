namespace Arshjul.Site.Content;

/// <summary>One content file, read and split, before it becomes part of the model.</summary>
/// <param name="Path">Relative to the site root, with '/': content/events/x/index.sv.md.</param>
/// <param name="FullPath">Absolute path on disk (for modification times and git history).</param>
/// <param name="Where">What the path says the file is.</param>
/// <param name="Language">The file's language: its suffix, else the default language (null for neutral person files).</param>
public sealed record ContentDocument(
    string Path,
    string FullPath,
    ContentPath Where,
    string? Language,
    FrontMatter FrontMatter,
    DateTimeOffset LastWriteUtc)
{
    public YamlObject Data => FrontMatter.Data;
}
