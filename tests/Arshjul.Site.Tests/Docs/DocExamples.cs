using System.Text.RegularExpressions;

namespace Arshjul.Site.Tests.Docs;

/// <summary>One example file of the documentation: where it goes in a site, its text, and where it is written.</summary>
internal sealed record DocExample(string Path, string Text, int Line);

/// <summary>
/// Finds the marked examples of a documentation page (docs/README.md describes the mark): a fenced code
/// block whose opening line is ```` ```lang example=path ````. Blocks inside another fence are part of that
/// fence's text, not examples, so a page can show the mark itself.
/// </summary>
internal static partial class DocExamples
{
    public static List<DocExample> Find(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var examples = new List<DocExample>();
        for (var i = 0; i < lines.Length; i++)
        {
            var open = FenceOpen().Match(lines[i]);
            if (!open.Success) continue;
            var fence = open.Groups["fence"].Value;
            var body = new List<string>();
            var start = i;
            for (i++; i < lines.Length && !IsClose(lines[i], fence); i++) body.Add(lines[i]);
            var mark = ExampleMark().Match(open.Groups["info"].Value);
            if (mark.Success) examples.Add(new DocExample(mark.Groups["path"].Value, string.Join('\n', body) + "\n", start + 1));
        }

        return examples;
    }

    private static bool IsClose(string line, string fence)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Length >= fence.Length && trimmed.All(c => c == fence[0]);
    }

    [GeneratedRegex(@"^(?<fence>`{3,}|~{3,})(?<info>.*)$")]
    private static partial Regex FenceOpen();

    [GeneratedRegex(@"(^|\s)example=(?<path>\S+)")]
    private static partial Regex ExampleMark();
}
