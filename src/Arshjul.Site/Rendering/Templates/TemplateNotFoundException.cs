namespace Arshjul.Site.Rendering.Templates;

/// <summary>No location in the fallback chain has the template; the message lists every place looked in.</summary>
public sealed class TemplateNotFoundException : Exception
{
    public TemplateNotFoundException(string name, IReadOnlyList<string> searched)
        : base($"Template '{name}' not found; looked in: {string.Join(", ", searched)}")
    {
        Name = name;
        Searched = searched;
    }

    public string Name { get; }

    public IReadOnlyList<string> Searched { get; }
}
