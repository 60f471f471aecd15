using System.Text.RegularExpressions;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.Architecture;

/// <summary>
/// Data flows one way (load → model → resolve → render → write), so the library's folders form no
/// cycle: no folder of src/Arshjul.Site imports (with a using, or a qualified name) a folder that
/// imports it back, directly or through others. A cycle shows as the path that closes it.
/// </summary>
public sealed partial class FolderDependencyTests
{
    [Fact]
    public void NoFolderOfTheLibrary_ImportsAFolderThatImportsItBack()
    {
        var graph = Graph();
        Assert.True(graph.Count >= 8, $"read only {graph.Count} folders: {string.Join(", ", graph.Keys)}");

        var cycles = Cycles(graph);

        Assert.True(cycles.Count == 0, "Folders that import each other:\n" + string.Join("\n", cycles.Select(c => string.Join(" -> ", c))));
    }

    [Fact]
    public void TheCheck_FindsACycle_ThroughSeveralFolders()
    {
        var graph = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal)
        {
            ["Build"] = ["Model"],
            ["Model"] = ["Content"],
            ["Content"] = ["Build"],
            ["Diagnostics"] = [],
        };

        var cycles = Cycles(graph);

        Assert.Equal(["Build -> Model -> Content -> Build"], cycles.Select(c => string.Join(" -> ", c)));
    }

    /// <summary>Folder → the other folders its files name, from every .cs file of the library.</summary>
    private static Dictionary<string, SortedSet<string>> Graph()
    {
        var library = Path.Combine(RepoPaths.Root, "src", "Arshjul.Site");
        var graph = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(library, file).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal)) continue;
            var folder = relative.Contains('/', StringComparison.Ordinal) ? relative[..relative.IndexOf('/', StringComparison.Ordinal)] : "(root)";
            var imports = graph.TryGetValue(folder, out var known) ? known : graph[folder] = new SortedSet<string>(StringComparer.Ordinal);
            foreach (Match match in Reference().Matches(File.ReadAllText(file)))
            {
                var other = match.Groups["folder"].Value;
                if (other != folder) imports.Add(other);
            }
        }

        return graph;
    }

    /// <summary>Each cycle once, as the path from its first folder (in name order) back to it.</summary>
    private static List<List<string>> Cycles(Dictionary<string, SortedSet<string>> graph)
    {
        var cycles = new List<List<string>>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the path; true: done
        var path = new List<string>();

        void Visit(string folder)
        {
            state[folder] = false;
            path.Add(folder);
            foreach (var next in graph.GetValueOrDefault(folder) ?? [])
            {
                if (!state.TryGetValue(next, out var done)) Visit(next);
                else if (!done) cycles.Add([.. path[path.IndexOf(next)..], next]);
            }

            path.RemoveAt(path.Count - 1);
            state[folder] = true;
        }

        foreach (var folder in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!state.ContainsKey(folder)) Visit(folder);
        }

        return cycles;
    }

    // "using Arshjul.Site.Model;", "using static Arshjul.Site.X.Y;" and qualified names such as
    // "Arshjul.Site.Diagnostics.SafeText" in code.
    [GeneratedRegex(@"\bArshjul\.Site\.(?<folder>[A-Z]\w*)\b")]
    private static partial Regex Reference();
}
