using YamlDotNet.Core;

namespace Arshjul.Site.Content;

/// <summary>A limit of <see cref="BoundedYamlParser"/> was passed at <see cref="Start"/>; the message is for the author.</summary>
internal sealed class YamlLimitException(Mark start, string message, string hint) : Exception(message)
{
    public Mark Start { get; } = start;

    public string Hint { get; } = hint;
}
