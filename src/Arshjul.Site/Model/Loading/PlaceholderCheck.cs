using Arshjul.Site.Content;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Model.Loading;

/// <summary>Warns about each line of a body that is still the example text 'arshjul new' wrote.</summary>
internal static class PlaceholderCheck
{
    public static void Run(IEnumerable<ContentDocument> documents, DiagnosticBag diagnostics)
    {
        foreach (var document in documents)
        {
            var lines = document.FrontMatter.Body.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var text = lines[i].Trim();
                if (!ScaffoldPlaceholders.All.Contains(text)) continue;
                var column = lines[i].IndexOf(text, StringComparison.Ordinal) + 1;
                diagnostics.Warning(DiagnosticCodes.ScaffoldPlaceholder, new SourceLocation(document.Path, document.FrontMatter.BodyLine + i, column),
                    "This is still the example text that 'arshjul new' wrote; replace it.",
                    "Write the text readers should see here, or delete the line.");
            }
        }
    }
}
