using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Exchange.Import;

/// <summary>What a reader found wrong in a schedule file: a message with where it is (line 1, column 1 when the format has no place).</summary>
/// <param name="code"><see cref="DiagnosticCodes.ScheduleUnreadable"/> when the file is not JSON or XML at all, else <see cref="DiagnosticCodes.ScheduleInvalid"/>.</param>
public sealed class ScheduleProblem(string message, int line = 1, int column = 1, string code = DiagnosticCodes.ScheduleInvalid) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    public string Code { get; } = code;
}
