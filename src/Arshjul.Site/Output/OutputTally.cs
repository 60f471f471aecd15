namespace Arshjul.Site.Output;

/// <summary>Counts what a build produced, by kind; safe to update from many threads.</summary>
public sealed class OutputTally : IOutputSink
{
    private int _pages;
    private int _calendars;
    private int _files;
    private long _bytes;

    public int Pages => _pages;

    public int Calendars => _calendars;

    public int Files => _files;

    public long Bytes => Interlocked.Read(ref _bytes);

    public void Add(OutputFile file)
    {
        Interlocked.Increment(ref _files);
        Interlocked.Add(ref _bytes, file.Content.Length);
        if (file.Format.IsPage) Interlocked.Increment(ref _pages);
        else if (file.Format == OutputFormat.Calendar) Interlocked.Increment(ref _calendars);
    }
}
