using System.CommandLine;
using System.Globalization;

namespace Arshjul.Cli.Commands;

/// <summary>Options several commands share, defined once.</summary>
public static class CommonOptions
{
    public static Option<string?> Source() =>
        new("--source") { Description = "The site root: the folder with site.yml (default: the current folder)." };

    public static Option<bool> Verbose() =>
        new("--verbose") { Description = "Print every diagnostic; by default, after 20 of one kind the rest are counted." };

    public static Option<int?> Parallel() =>
        new("--parallel") { Description = "The most worker threads to use (default: all cores)." };

    /// <summary>--now, else SOURCE_DATE_EPOCH, else null (the clock), so builds can be reproducible.</summary>
    public static bool TryNow(string? text, TextWriter stderr, out DateTimeOffset? now)
    {
        now = null;
        if (text is not null)
        {
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                now = parsed;
                return true;
            }

            stderr.WriteLine($"arshjul: --now '{text}' is not a date and time; write e.g. 2024-03-01T12:00Z.");
            return false;
        }

        if (Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH") is { Length: > 0 } epoch &&
            long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            now = DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        return true;
    }
}
