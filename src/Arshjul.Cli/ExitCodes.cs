namespace Arshjul.Cli;

/// <summary>The exit codes of every command, as the content model's command-line table gives them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;
}
