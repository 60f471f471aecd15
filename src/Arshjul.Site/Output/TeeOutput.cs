namespace Arshjul.Site.Output;

/// <summary>Hands every file to several sinks (e.g. the writer and the tally).</summary>
public sealed class TeeOutput(params IOutputSink[] sinks) : IOutputSink
{
    public void Add(OutputFile file)
    {
        foreach (var sink in sinks) sink.Add(file);
    }
}
