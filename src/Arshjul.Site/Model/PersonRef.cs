namespace Arshjul.Site.Model;

/// <summary>A speaker or moderator: a person with a page, or a one-off name with an organisation.</summary>
public sealed record PersonRef(Person? Person, string Name, string? Organisation)
{
    public static PersonRef To(Person person) => new(person, person.Name, null);

    /// <summary>The organisation as a reader of <paramref name="language"/> gets it: the person's translation, or the one-off's as written.</summary>
    public Translated<string?>? OrganisationIn(string language) =>
        Person is { } person ? person.Organisation.In(language) : Organisation is null ? null : new Translated<string?>(Organisation, language, false);
}
