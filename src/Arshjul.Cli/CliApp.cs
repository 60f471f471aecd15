using System.CommandLine;
using Arshjul.Cli.Commands;

namespace Arshjul.Cli;

/// <summary>
/// The `arshjul` command: parses arguments and hands each command to the library. Usage errors exit 2
/// (System.CommandLine would say 1, which means content errors here); nothing unexpected escapes as a stack trace.
/// </summary>
public static class CliApp
{
    /// <param name="terminal">The keyboard, when someone is at a terminal: only then may a command ask a question.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader? terminal = null)
    {
        var root = new RootCommand("Arshjul: publishes conference and workshop programmes as a static site.");
        root.Subcommands.Add(BuildCommand.Create(stdout, stderr));
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
        root.Subcommands.Add(ServeCommand.Create(stdout, stderr));
        root.Subcommands.Add(NewCommand.Create(stdout, stderr));
        root.Subcommands.Add(InitCommand.Create(stdout, stderr, terminal));
        root.Subcommands.Add(ImportCommand.Create(stdout, stderr));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"arshjul: {error.Message}");
            stderr.WriteLine("Run 'arshjul --help' to see the commands and their options.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return InternalError.Report(e, stderr);
        }
    }
}
