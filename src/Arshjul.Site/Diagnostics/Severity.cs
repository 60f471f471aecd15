namespace Arshjul.Site.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
