using System.Text;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Exchange.Import;

/// <summary>The two formats `arshjul import` reads, and reading a schedule file of one of them into a diagnostic when it fails.</summary>
public static class ScheduleFile
{
    /// <summary>A schedule larger than this is not a programme (democon's is 63 kB; a congress's a few MB).</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public static readonly IReadOnlyList<string> Formats = ["frab", "c3voc"];

    /// <param name="shownPath">The path diagnostics name.</param>
    public static ExchangeSchedule? Read(string format, string fullPath, string shownPath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        string text;
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > MaxBytes)
            {
                diagnostics.Error(DiagnosticCodes.ScheduleUnreadable, SourceLocation.StartOf(shownPath),
                    $"The schedule file is {info.Length / (1024 * 1024)} MB; more than {MaxBytes / (1024 * 1024)} MB is not a programme.", "Check that this is the schedule.json or schedule.xml export.");
                return null;
            }

            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(fullPath)).TrimStart('\uFEFF');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            diagnostics.Error(DiagnosticCodes.ScheduleUnreadable, SourceLocation.StartOf(shownPath),
                e is DecoderFallbackException ? "The schedule file is not UTF-8 text." : $"The schedule file cannot be read: {e.Message}",
                "Export the schedule again (schedule.json or schedule.xml) and import that file.");
            return null;
        }

        try
        {
            return format == "frab" ? FrabXmlReader.Read(text) : C3vocJsonReader.Read(text);
        }
        catch (ScheduleProblem problem)
        {
            diagnostics.Error(problem.Code, new SourceLocation(shownPath, problem.Line, problem.Column), problem.Message,
                format == "frab" ? "A frab schedule.xml is what frab and pretalx publish at …/schedule.xml; for a schedule.json use 'arshjul import c3voc'."
                                 : "A c3voc schedule.json is what pretalx publishes at …/schedule/export/schedule.json; for a schedule.xml use 'arshjul import frab'.");
            return null;
        }
    }
}
