namespace Arshjul.Site.Content;

public enum ContentKind
{
    Event,
    Session,
    Person,
    Article,
    Page,
}
