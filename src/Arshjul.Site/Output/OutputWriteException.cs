namespace Arshjul.Site.Output;

/// <summary>
/// Writing the output failed for a reason outside the content (a full disk, no permission): the command
/// reports it in plain words and exits 1; the previous output is untouched.
/// </summary>
public sealed class OutputWriteException(string message, Exception inner) : IOException(message, inner);
