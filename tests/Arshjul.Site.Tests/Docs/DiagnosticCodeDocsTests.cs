using System.Reflection;
using System.Text.RegularExpressions;
using Arshjul.Site.Diagnostics;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Docs;

/// <summary>docs/content.md lists every diagnostic code, and no code that does not exist, so the reference stays true.</summary>
public sealed partial class DiagnosticCodeDocsTests
{
    private static Dictionary<string, string> Codes() =>
        typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name);

    private static HashSet<string> DocumentedCodes() =>
        DocumentedRow().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "content.md")))
            .Select(m => m.Groups["code"].Value)
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void EveryDiagnosticCode_HasARowInTheContentReference()
    {
        var documented = DocumentedCodes();

        var missing = Codes().Where(c => !documented.Contains(c.Key)).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0,
            $"docs/content.md (section 'Messages') has no row for {missing.Count} diagnostic code(s) of DiagnosticCodes.cs:\n"
            + string.Join("\n", missing.Select(c => $"  {c.Key} ({c.Value})"))
            + "\nAdd a row '| AJnnnn | error or warning | message (example) | fix |' for each.");
    }

    [Fact]
    public void TheContentReference_ListsNoCodeThatDoesNotExist()
    {
        var codes = Codes();

        var stale = DocumentedCodes().Where(c => !codes.ContainsKey(c)).Order(StringComparer.Ordinal).ToList();

        Assert.True(stale.Count == 0, "docs/content.md has rows for codes that DiagnosticCodes.cs does not define: " + string.Join(", ", stale));
    }

    [GeneratedRegex(@"^\| (?<code>AJ\d{4}) \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedRow();
}
