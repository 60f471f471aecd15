using System.Text;

namespace Arshjul.Site.Bench.Runs;

/// <summary>
/// Lays a generated site out for Hugo (issue 20, point 5), so that Hugo builds about the page and calendar
/// set Arshjul builds from the same content: an event's <c>index.&lt;lang&gt;.md</c> becomes the section's
/// <c>_index.&lt;lang&gt;.md</c> (its session files are then its pages), a person's file the page of a term of
/// the <c>speakers</c> taxonomy (how a Hugo site lists a speaker's sessions), and every page exists in every
/// language, as Arshjul publishes them: a translation gets its source's facts (Hugo has no fallback from one
/// language's file to another's), a missing translation is the source's file. Not timed: only the builds are.
/// </summary>
public static class HugoSite
{
    public static string Prepare(string siteDir, string hugoDir, string repo, IReadOnlyList<string> languages)
    {
        if (Directory.Exists(hugoDir)) Directory.Delete(hugoDir, recursive: true);
        var templates = Path.Combine(repo, "tests", "Arshjul.Site.Bench", "hugo");
        CopyTree(templates, hugoDir);
        CopyTree(Path.Combine(siteDir, "static"), Path.Combine(hugoDir, "static"));
        CopyTree(Path.Combine(repo, "themes", "default", "static"), Path.Combine(hugoDir, "static"));

        var content = Path.Combine(siteDir, "content");
        var files = Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        foreach (var group in files.GroupBy(f => (Dir: Path.GetDirectoryName(f)!, Name: BaseName(f, languages))))
        {
            var byLang = group.ToDictionary(f => LanguageOf(f, languages) ?? "", f => File.ReadAllText(f));
            // The source: a file without a language suffix, else the one with the most front matter (the facts).
            var source = byLang.TryGetValue("", out var neutral) ? neutral : byLang.Values.MaxBy(t => Blocks(t).Front.Count)!;
            var folder = Path.GetRelativePath(content, group.Key.Dir);
            var outDir = Path.Combine(hugoDir, "content", folder);
            var name = group.Key.Name == "index" ? "_index" : group.Key.Name;
            if (folder == "speakers")
            {
                // A person is a term of the 'speakers' taxonomy, with this as its page (see hugo.toml).
                outDir = Path.Combine(outDir, name);
                name = "_index";
            }

            Directory.CreateDirectory(outDir);
            foreach (var lang in languages)
            {
                var text = byLang.TryGetValue(lang, out var own) && !ReferenceEquals(own, source) ? Merge(source, own) : source;
                File.WriteAllText(Path.Combine(outDir, $"{name}.{lang}.md"), text);
            }
        }

        return hugoDir;
    }

    private static string? LanguageOf(string path, IReadOnlyList<string> languages)
    {
        var parts = Path.GetFileNameWithoutExtension(path).Split('.');
        return parts.Length > 1 && languages.Contains(parts[^1]) ? parts[^1] : null;
    }

    private static string BaseName(string path, IReadOnlyList<string> languages)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return LanguageOf(path, languages) is { } lang ? name[..^(lang.Length + 1)] : name;
    }

    // A translation over its source: the source's top-level front-matter keys the translation does not set, then the translation's own, and its body.
    private static string Merge(string source, string translation)
    {
        var (front, _) = Blocks(source);
        var (own, body) = Blocks(translation);
        var merged = new StringBuilder("---\n");
        foreach (var (key, lines) in front.Where(b => !own.Any(o => o.Key == b.Key))) merged.Append(lines);
        foreach (var (_, lines) in own) merged.Append(lines);
        return merged.Append("---\n").Append(body).ToString();
    }

    private static (List<(string Key, string Lines)> Front, string Body) Blocks(string text)
    {
        var lines = text.Split('\n');
        var blocks = new List<(string Key, string Lines)>();
        var end = Array.IndexOf(lines, "---", 1);
        if (lines[0] != "---" || end < 0) return (blocks, text);
        for (var i = 1; i < end; i++)
        {
            if (lines[i].Length > 0 && !char.IsWhiteSpace(lines[i][0]) && lines[i].Contains(':'))
            {
                blocks.Add((lines[i][..lines[i].IndexOf(':')], lines[i] + "\n"));
            }
            else if (blocks.Count > 0)
            {
                blocks[^1] = (blocks[^1].Key, blocks[^1].Lines + lines[i] + "\n");
            }
        }

        return (blocks, string.Join('\n', lines.Skip(end + 1)));
    }

    private static void CopyTree(string from, string to)
    {
        if (!Directory.Exists(from)) return;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
