namespace Arshjul.Site.Build;

public enum Severity
{
    Warning,
    Error,
}
