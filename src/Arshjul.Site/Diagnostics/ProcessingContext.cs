namespace Arshjul.Site.Diagnostics;

/// <summary>
/// Names the file a stage was working on when something unexpected failed, so an internal error
/// can tell the user which file to look at (the exception carries it in its Data).
/// </summary>
public static class ProcessingContext
{
    private const string Key = "Arshjul.File";

    /// <summary>Runs <paramref name="work"/>, tagging any exception with <paramref name="path"/>.</summary>
    public static T For<T>(string path, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (Tag(e, path))
        {
            throw;
        }
    }

    public static string? Describe(Exception e) =>
        e.Data[Key] as string ?? (e.InnerException is { } inner ? Describe(inner) : (e as AggregateException)?.InnerExceptions.Select(Describe).FirstOrDefault(d => d is not null));

    private static bool Tag(Exception e, string path)
    {
        if (e.Data[Key] is null) e.Data[Key] = path;
        return false;
    }
}
