using System.Diagnostics;
using Arshjul.Site.Tests.Cli;
using Arshjul.Site.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Arshjul.Site.Tests.Init;

/// <summary>The CI files `init` writes: valid, full history, the .NET SDK, the tool, a link-checked build, a daily rebuild.</summary>
public sealed class HostingWorkflowTests : IDisposable
{
    private readonly EmptyFolder _folder = new();

    public HostingWorkflowTests()
    {
        var run = CliRun.Of("init", _folder.Root, "--now", "2026-12-02T10:00:00Z");
        Assert.True(run.Exit == 0, run.ToString());
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void GitHubWorkflow_FetchesTheWholeHistory_InstallsTheTool_BuildsWithLinkCheck_AndRebuildsDaily()
    {
        var root = Load(".github/workflows/pages.yml");

        var on = (YamlMappingNode)root["on"];
        var cron = ((YamlScalarNode)((YamlMappingNode)((YamlSequenceNode)on["schedule"])[0])["cron"]).Value;
        Assert.Equal("17 3 * * *", cron);
        var steps = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)root["jobs"])["build"])["steps"];
        var checkout = Step(steps, "actions/checkout@v4");
        Assert.Equal("0", ((YamlScalarNode)((YamlMappingNode)checkout["with"])["fetch-depth"]).Value);
        var dotnet = Step(steps, "actions/setup-dotnet@v4");
        Assert.Equal("10.0.x", ((YamlScalarNode)((YamlMappingNode)dotnet["with"])["dotnet-version"]).Value);
        var runs = steps.Children.OfType<YamlMappingNode>().Where(s => s.Children.ContainsKey("run")).Select(s => ((YamlScalarNode)s["run"]).Value!).ToList();
        Assert.Contains("dotnet tool install --global Arshjul --version \"$ARSHJUL_VERSION\"", runs);
        Assert.Contains(runs, r => r.Contains("\narshjul build --check-links --base-url \"${base_url%/}/\"", StringComparison.Ordinal));
        Assert.Equal(Arshjul.Cli.Commands.InitCommand.ToolVersion, ((YamlScalarNode)((YamlMappingNode)root["env"])["ARSHJUL_VERSION"]).Value);
        Assert.Equal("public", ((YamlScalarNode)((YamlMappingNode)Step(steps, "actions/upload-pages-artifact@v3")["with"])["path"]).Value);
    }

    [Fact]
    public void GitLabPipeline_HasThePagesJob_WithTheWholeHistory_AndThePublicArtifact()
    {
        var root = Load(".gitlab-ci.yml");

        var pages = (YamlMappingNode)root["pages"];
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0", ((YamlScalarNode)pages["image"]).Value);
        Assert.Equal("0", ((YamlScalarNode)((YamlMappingNode)pages["variables"])["GIT_DEPTH"]).Value);
        var paths = (YamlSequenceNode)((YamlMappingNode)pages["artifacts"])["paths"];
        Assert.Equal(["public"], paths.Children.Select(p => ((YamlScalarNode)p).Value));
        var script = ((YamlSequenceNode)pages["script"]).Children.Select(s => ((YamlScalarNode)s).Value!).ToList();
        Assert.Contains("dotnet tool install --global Arshjul --version \"$ARSHJUL_VERSION\"", script);
        Assert.Contains("arshjul build --check-links --base-url \"${CI_PAGES_URL%/}/\"", script);

        // GitLab keeps schedules out of the file: the file must say where to add the daily one.
        Assert.Contains("Build → Pipeline schedules", _folder.Read(".gitlab-ci.yml"));
    }

    /// <summary>An outside validator of GitHub's workflow schema (npm @action-validator/cli, pinned in package-lock.json).</summary>
    [Fact]
    public void GitHubWorkflow_PassesActionValidator()
    {
        var (exit, output) = ActionValidator(_folder.PathOf(".github/workflows/pages.yml"));
        Assert.True(exit == 0, output);
    }

    /// <summary>The validator can fail: a job with a misspelt key is rejected.</summary>
    [Fact]
    public void ActionValidator_RejectsAMisspeltKey()
    {
        var path = _folder.PathOf(".github/workflows/pages.yml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("    runs-on: ubuntu-latest\n    steps:", "    runs-on: ubuntu-latest\n    stepz:", StringComparison.Ordinal));

        var (exit, output) = ActionValidator(path);

        Assert.NotEqual(0, exit);
        Assert.Contains("stepz", output);
    }

    private YamlMappingNode Load(string relative)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(_folder.Read(relative)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Step(YamlSequenceNode steps, string uses) =>
        steps.Children.OfType<YamlMappingNode>().Single(s => s.Children.TryGetValue("uses", out var u) && ((YamlScalarNode)u).Value == uses);

    private static (int Exit, string Output) ActionValidator(string workflow)
    {
        var tool = Path.Combine(RepoPaths.Root, "node_modules", "@action-validator", "cli", "cli.mjs");
        Assert.True(File.Exists(tool), $"{tool} is missing: run `npm ci --ignore-scripts` in {RepoPaths.Root} (./test.sh does this).");
        var info = new ProcessStartInfo("node", [tool, workflow]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var child = Process.Start(info)!;
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        Assert.True(child.WaitForExit(TimeSpan.FromMinutes(1)), "action-validator did not finish");
        return (child.ExitCode, stdout.Result + stderr.Result);
    }
}
