namespace Arshjul.Site.Model;

/// <summary>A speaker or moderator: a person with a page, or a one-off name with an organisation.</summary>
public sealed record PersonRef(Person? Person, string Name, string? Organisation)
{
    public static PersonRef To(Person person) => new(person, person.Name, person.Organisation);
}
