using Arshjul.Site.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Arshjul.Site.Content;

/// <summary>
/// Where a YAML document sits in its file, so node positions become file positions.
/// Front matter starts on line 2 (after the opening '---'), so its line offset is 1.
/// </summary>
public sealed record YamlSource(string Path, int LineOffset, DiagnosticBag Diagnostics)
{
    public SourceLocation At(YamlNode node) =>
        new(Path, (int)node.Start.Line + LineOffset, (int)node.Start.Column);
}
