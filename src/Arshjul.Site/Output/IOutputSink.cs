namespace Arshjul.Site.Output;

/// <summary>Where rendered files go as they are made; called from many threads at once.</summary>
public interface IOutputSink
{
    void Add(OutputFile file);
}
