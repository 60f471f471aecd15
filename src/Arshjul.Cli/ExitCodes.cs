namespace Arshjul.Cli;

/// <summary>The exit codes of every command, as the content model's command-line table gives them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;

    /// <summary>
    /// A build stopped by Ctrl+C (SIGINT) or SIGTERM: 128 + the signal's number, as a shell reports a process the
    /// signal ended, so scripts and CI see an interruption rather than broken content (1). The output is unchanged.
    /// </summary>
    public const int Interrupted = 130;

    public const int Terminated = 143;
}
