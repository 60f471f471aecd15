namespace Arshjul.Site.Exchange.Import;

/// <summary>What an import did, or why it did nothing.</summary>
/// <param name="Refused">Files that exist and would be overwritten (without --force): nothing was written.</param>
/// <param name="Created">Site-relative paths of new files.</param>
/// <param name="Updated">Site-relative paths of files rewritten (with --force).</param>
/// <param name="Kept">Files left as they are: people the site already has, items no longer in the schedule.</param>
/// <param name="Notes">Slugs made unique, and what the content model could not hold.</param>
public sealed record ImportResult(
    IReadOnlyList<string> Refused,
    IReadOnlyList<string> Created,
    IReadOnlyList<string> Updated,
    IReadOnlyList<string> Kept,
    IReadOnlyList<string> Notes)
{
    public bool Succeeded => Refused.Count == 0;
}
