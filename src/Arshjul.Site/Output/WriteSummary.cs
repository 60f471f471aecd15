namespace Arshjul.Site.Output;

/// <summary>What writing the output changed on disk.</summary>
public sealed record WriteSummary(int Written, int Unchanged, int Removed, long BytesWritten);
