namespace Arshjul.Site.Output;

/// <summary>One file of the finished site: its path under the output folder ('/'-separated) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content, OutputFormat Format);
