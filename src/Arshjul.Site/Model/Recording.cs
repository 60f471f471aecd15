namespace Arshjul.Site.Model;

/// <summary>
/// What an item says about its recording (content model, <c>recording</c>): where to watch it and
/// under which licence, or that it is not to be recorded (<c>recording: false</c>).
/// </summary>
/// <param name="Url">As written: an external URL or a site path; null when not known yet.</param>
/// <param name="Licence">As written, e.g. "CC BY 4.0"; null when not given.</param>
/// <param name="IsDeclined">True for <c>recording: false</c>: the speakers asked not to be recorded.</param>
public sealed record Recording(string? Url, string? Licence, bool IsDeclined)
{
    /// <summary><c>recording: false</c>.</summary>
    public static Recording Declined { get; } = new(null, null, IsDeclined: true);
}
