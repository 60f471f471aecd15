using Arshjul.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Arshjul.Site.Content;

/// <summary>
/// Splits "---\nYAML\n---\nMarkdown" and parses the YAML with positions kept, so every later
/// diagnostic can name the file line of the key or value it is about.
/// </summary>
public static class FrontMatterReader
{
    public static FrontMatter? Read(string text, string path, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || !IsFence(lines[0]))
        {
            diagnostics.Error(DiagnosticCodes.UnclosedFrontMatter, SourceLocation.StartOf(path),
                "The file does not start with front matter: its first line must be '---'.",
                "Start the file with '---', the keys (title: …), and another '---' line before the text.");
            return null;
        }

        var close = -1;
        for (var i = 1; i < lines.Length; i++)
        {
            if (IsFence(lines[i]) || lines[i].TrimEnd() == "...")
            {
                close = i;
                break;
            }
        }

        if (close < 0)
        {
            diagnostics.Error(DiagnosticCodes.UnclosedFrontMatter, SourceLocation.StartOf(path),
                "The front matter that starts on line 1 is never closed.",
                "Add a line with only '---' after the last key, before the text.");
            return null;
        }

        var yaml = string.Join('\n', lines, 1, close - 1);
        var source = new YamlSource(path, LineOffset: 1, diagnostics);
        var mapping = Parse(yaml, source);
        if (mapping is null) return null;

        var body = close + 1 < lines.Length ? string.Join('\n', lines, close + 1, lines.Length - close - 1) : "";
        return new FrontMatter(new YamlObject(mapping, source), body, BodyLine: close + 2);
    }

    /// <summary>Parses a whole YAML file (site.yml, i18n files) into its top mapping.</summary>
    public static YamlObject? ReadYamlFile(string text, string path, DiagnosticBag diagnostics)
    {
        var source = new YamlSource(path, LineOffset: 0, diagnostics);
        var mapping = Parse(text, source);
        return mapping is null ? null : new YamlObject(mapping, source);
    }

    private static YamlMappingNode? Parse(string yaml, YamlSource source)
    {
        var scanner = new Scanner(new StringReader(yaml));
        var parser = new BoundedYamlParser(new Parser(scanner));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0) return new YamlMappingNode();
            var root = stream.Documents[0].RootNode;
            if (root is YamlMappingNode mapping) return mapping;
            if (root is YamlScalarNode { Value: null or "" }) return new YamlMappingNode();
            source.Diagnostics.Error(DiagnosticCodes.YamlSyntax, source.At(root),
                $"The front matter should be a list of 'key: value' lines, not {YamlObject.Describe(root)}.");
            return null;
        }
        catch (YamlLimitException e)
        {
            source.Diagnostics.Error(DiagnosticCodes.YamlLimit, Locate(source, e.Start), e.Message, e.Hint);
            return null;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException && IndentTab(yaml) is { } tab)
        {
            // YamlDotNet notices a tab only where it breaks the structure, often lines before it and in
            // words that never say "tab"; the tab in the indentation is what to fix.
            source.Diagnostics.Error(DiagnosticCodes.YamlTab, new SourceLocation(source.Path, tab.Line + source.LineOffset, tab.Column),
                "This line is indented with a tab; YAML needs spaces.", "Replace the tab with spaces.");
            return null;
        }
        catch (YamlException e)
        {
            var at = new SourceLocation(source.Path, (int)e.Start.Line + source.LineOffset, (int)e.Start.Column);
            if (DuplicateKey(e) is { } key)
            {
                source.Diagnostics.Error(DiagnosticCodes.YamlSyntax, at, $"The key '{key}' appears twice.", "Keep one of the two lines.");
                return null;
            }

            var (message, hint) = YamlErrorText.Explain(Explain(e));
            source.Diagnostics.Error(DiagnosticCodes.YamlSyntax, at, message, hint);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet fails this way (not with a YamlException) on some broken input: an unclosed
            // flow collection ("languages: [sv, en" followed by "key: https://…"), or a key that is
            // itself a mapping ("  : v: Prov", found by the mutation test). The scanner has stopped
            // where it could read no further, which is the best place to point at.
            // For a node YamlDotNet cannot load, the event it refused marks the place; else the scanner's stop.
            var mark = e is ArgumentException && parser.Current is { } refused ? refused.Start : scanner.CurrentPosition;
            var at = new SourceLocation(source.Path, (int)mark.Line + source.LineOffset, (int)mark.Column);
            source.Diagnostics.Error(DiagnosticCodes.YamlSyntax, at, "YAML syntax error: the YAML cannot be read from here on.",
                "Look for a '[', '{' or quote that is not closed on this line or above it.");
            return null;
        }
    }

    private static SourceLocation Locate(YamlSource source, Mark mark) =>
        new(source.Path, (int)mark.Line + source.LineOffset, (int)mark.Column);

    /// <summary>The first tab in the indentation of a line (before its first other character), 1-based.</summary>
    private static (int Line, int Column)? IndentTab(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (indent == lines[i].Length) continue;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return (i + 1, tab + 1);
        }

        return null;
    }

    /// <summary>The key of YamlDotNet's "Duplicate key X" error, which it raises while loading a mapping.</summary>
    private static string? DuplicateKey(YamlException e)
    {
        const string Prefix = "Duplicate key ";
        var plain = Explain(e);
        return plain.StartsWith(Prefix, StringComparison.Ordinal) ? plain[Prefix.Length..].Trim() : null;
    }

    // YamlDotNet prefixes its messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the file position
    // is already in the diagnostic, so keep only the words.
    private static string Explain(YamlException e)
    {
        var message = e.Message;
        var cut = message.StartsWith("(Line:", StringComparison.Ordinal) ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
        var plain = (cut > 0 ? message[(cut + 3)..] : message).Trim();
        return plain.Length == 0 ? "the YAML could not be read." : plain;
    }

    private static bool IsFence(string line) => line.TrimEnd() == "---";
}
