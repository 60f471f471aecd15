using System.Diagnostics;
using System.Text;

namespace Arshjul.Site.Tests.Cli;

/// <summary>
/// A file the user may not read is a content error with the file (AJ0125), never an internal error.
/// Root reads every file whatever its mode, and tests usually run as root (CI does), so the tool then
/// runs as <c>nobody</c> (<c>setpriv</c>) on a site and a copy of the tool it can reach; as any other
/// user it runs as that user. Either way the file really cannot be opened.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UnreadableFileTests : IDisposable
{
    private const UnixFileMode Open = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private readonly string _root;

    public UnreadableFileTests()
    {
        // Under /tmp rather than the test's temp folder: nobody must be able to walk to it.
        _root = Path.Combine("/tmp", "arshjul-unreadable-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
        File.SetUnixFileMode(_root, Open);
    }

    [Theory]
    [InlineData("content/events/mote/sessions/oppning.sv.md", "---\ntitle: Öppning\nstart: 2024-03-08T09:00\n---\n")]
    [InlineData("static/material/bilder.pdf", "%PDF-1.4\n")]
    public void Build_WithAFileItCannotRead_ReportsTheFile_AndPublishesNothing(string unreadable, string text)
    {
        var site = Path.Combine(_root, "site");
        Write(site, "site.yml", "title: Prov\nbaseUrl: https://example.org/\nlanguages: [sv]\ntimeZone: Europe/Stockholm\n");
        Write(site, "content/events/mote/index.sv.md", "---\ntitle: Möte\nstart: 2024-03-08T09:00\n---\n");
        Write(site, unreadable, text);
        File.SetUnixFileMode(Path.Combine(site, unreadable), UnixFileMode.None);
        var output = Path.Combine(_root, "out");
        Directory.CreateDirectory(output);
        File.SetUnixFileMode(output, Open | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite);

        var run = RunUnprivileged("build", "--source", site, "--output", Path.Combine(output, "public"), "--now", "2024-01-01T00:00:00Z");

        Assert.True(run.Exit == 1, run.ToString());
        var errors = run.Err.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.Equal([unreadable + ":1:1: error AJ0125: The file cannot be read: permission denied."], errors);
        Assert.Contains("hint: Give your user permission to read it (e.g. chmod a+r).", run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output, "public")), "a failed build published a site");
    }

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)) File.SetUnixFileMode(file, Open);
        Directory.Delete(_root, recursive: true);
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        for (var folder = Path.GetDirectoryName(path)!; folder.Length >= root.Length; folder = Path.GetDirectoryName(folder)!)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, text, new UTF8Encoding(false));
        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Append(root)) File.SetUnixFileMode(folder, Open);
        File.SetUnixFileMode(path, Open & ~(UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute));
    }

    /// <summary>Runs the tool as nobody when the tests run as root, else as the current user.</summary>
    private CliRun RunUnprivileged(params string[] args)
    {
        var asRoot = Environment.UserName == "root";
        var tool = asRoot ? CopyOfTheTool() : AppContext.BaseDirectory;
        var dotnet = Path.Combine(DotnetRoot(), "dotnet");
        var command = new List<string>();
        if (asRoot) command.AddRange(["--reuid=nobody", "--regid=nogroup", "--clear-groups", dotnet]);
        command.Add(Path.Combine(tool, "arshjul.dll"));
        command.AddRange(args);
        var info = new ProcessStartInfo(asRoot ? "setpriv" : dotnet, command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };

        // nobody has no home; the runtime needs none, but must not look for one under /root.
        info.Environment["HOME"] = _root;
        info.Environment["DOTNET_CLI_HOME"] = _root;
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var child = Process.Start(info)!;
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        Assert.True(child.WaitForExit(TimeSpan.FromMinutes(2)), "the build did not end in time");
        return new CliRun(child.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The tool's files in a folder nobody can read (the build's own folder may be under /root).</summary>
    private string CopyOfTheTool()
    {
        var tool = Path.Combine(_root, "tool");
        Directory.CreateDirectory(tool);
        File.SetUnixFileMode(tool, Open);
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory)
                     .Where(f => f.EndsWith(".dll", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("arshjul.", StringComparison.Ordinal)))
        {
            var copy = Path.Combine(tool, Path.GetFileName(file));
            File.Copy(file, copy);
            File.SetUnixFileMode(copy, Open & ~(UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute));
        }

        return tool;
    }

    /// <summary>The folder of the dotnet that runs these tests (…/shared/Microsoft.NETCore.App/&lt;version&gt;/ is three levels below it).</summary>
    private static string DotnetRoot() =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
}
