using System.Globalization;
using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Arshjul.Site.Markdown;

/// <summary>
/// Turns a body into plain text for iCal DESCRIPTION and meta descriptions, where no markup is
/// understood: paragraphs are separated by a blank line, list items become "- item" lines and
/// links keep their target in brackets so it is not lost.
/// </summary>
public static class MarkdownPlainText
{
    private const char Ellipsis = '…';

    /// <param name="rewriteLink">Maps a link's URL to the one to show (e.g. absolute for calendars); null keeps it.</param>
    public static string ToPlainText(ParsedMarkdown doc, Func<string, string?>? rewriteLink = null)
    {
        var blocks = new List<string>();
        new Writer(rewriteLink).AppendBlocks(doc.Document, blocks, indent: "");
        var text = string.Join("\n\n", blocks.Where(b => b.Length > 0));
        return Writer.TrimLineEnds(text);
    }

    /// <summary>
    /// Shortens plain text to at most <paramref name="maxChars"/> characters (the "…" included),
    /// cutting at a word boundary. Whitespace is collapsed first because excerpts are one line.
    /// </summary>
    public static string Excerpt(string plain, int maxChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 1);
        var oneLine = string.Join(' ', plain.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length <= maxChars)
        {
            return oneLine;
        }

        // Keep room for the ellipsis; prefer the last space before the limit, but a single word
        // longer than the limit is cut mid-word rather than returning nothing.
        var limit = maxChars - 1;
        var cut = oneLine.LastIndexOf(' ', limit);
        var head = cut > 0 ? oneLine[..cut] : oneLine[..limit];
        return head.TrimEnd(' ', ',', ';', ':', '.', '-', '–', '—') + Ellipsis;
    }

    /// <summary>One conversion; holds the link rewriter so links can show as absolute URLs.</summary>
    private sealed class Writer(Func<string, string?>? rewriteLink)
    {
        private string ListText(ListBlock list, string indent)
        {
            var lines = new List<string>();
            var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
            foreach (var item in list.OfType<ListItemBlock>())
            {
                var marker = list.IsOrdered ? string.Create(CultureInfo.InvariantCulture, $"{number++}. ") : "- ";
                var first = true;
                foreach (var child in item)
                {
                    if (child is ListBlock nested)
                    {
                        lines.Add(ListText(nested, indent + "  "));
                        continue;
                    }

                    var parts = new List<string>();
                    AppendBlocks([child], parts, indent);
                    foreach (var part in parts.Where(p => p.Length > 0))
                    {
                        // Continuation paragraphs of an item are indented under its marker.
                        var prefix = first ? indent + marker : indent + new string(' ', marker.Length);
                        lines.Add(prefix + part.Replace("\n", "\n" + indent + new string(' ', marker.Length), StringComparison.Ordinal));
                        first = false;
                    }
                }

                if (first)
                {
                    lines.Add(indent + marker.TrimEnd());
                }
            }

            return string.Join('\n', lines);
        }

        public void AppendBlocks(IEnumerable<Block> blocks, List<string> output, string indent)
        {
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case ListBlock list:
                        output.Add(ListText(list, indent));
                        break;
                    case Table table:
                        output.Add(TableText(table));
                        break;
                    case ContainerBlock inner:
                        AppendBlocks(inner, output, indent);
                        break;
                    case LeafBlock leaf:
                        output.Add(LeafText(leaf));
                        break;
                }
            }
        }

        private string TableText(Table table)
        {
            var rows = table.OfType<TableRow>()
                .Select(row => string.Join(" | ", row.OfType<TableCell>().Select(CellText)));
            return string.Join('\n', rows);
        }

        private string CellText(TableCell cell)
        {
            var parts = new List<string>();
            AppendBlocks(cell, parts, indent: "");
            return string.Join(' ', parts);
        }

        private string LeafText(LeafBlock leaf)
        {
            switch (leaf)
            {
                case HtmlBlock:
                case ThematicBreakBlock:
                case LinkReferenceDefinition:
                    return "";
                case CodeBlock code:
                    return code.Lines.ToString().TrimEnd();
            }

            if (leaf.Inline is null)
            {
                return "";
            }

            var text = new StringBuilder();
            AppendInlines(leaf.Inline, text);
            return text.ToString().Trim();
        }

        private void AppendInlines(ContainerInline container, StringBuilder text)
        {
            foreach (var inline in container)
            {
                AppendInline(inline, text);
            }
        }

        private void AppendInline(Inline inline, StringBuilder text)
        {
            switch (inline)
            {
                case TaskList task:
                    text.Append(task.Checked ? "[x] " : "[ ] ");
                    break;
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline lineBreak:
                    text.Append(lineBreak.IsHard ? '\n' : ' ');
                    break;
                case AutolinkInline auto:
                    text.Append(auto.Url);
                    break;
                case LinkInline link:
                    AppendLink(link, text);
                    break;
                case HtmlInline:
                    break;
                case ContainerInline container:
                    AppendInlines(container, text);
                    break;
            }
        }

        private void AppendLink(LinkInline link, StringBuilder text)
        {
            var label = new StringBuilder();
            AppendInlines(link, label);
            var labelText = label.ToString();
            text.Append(labelText);

            var url = link.Url ?? "";
            var shownUrl = url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? url["mailto:".Length..] : url;
            if (url.Length > 0 && !link.IsImage && !string.Equals(shownUrl, labelText, StringComparison.Ordinal))
            {
                text.Append(" (").Append(rewriteLink?.Invoke(url) ?? url).Append(')');
            }
        }

        public static string TrimLineEnds(string text)
        {
            var lines = text.Split('\n').Select(line => line.TrimEnd());
            return string.Join('\n', lines).Trim('\n');
        }
    }
}
