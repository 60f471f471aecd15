namespace Arshjul.Site.Output;

public enum OutputKind
{
    Page,
    Calendar,
    Feed,
    Asset,
}
