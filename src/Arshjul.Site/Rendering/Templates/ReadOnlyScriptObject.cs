using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Arshjul.Site.Rendering.Templates;

/// <summary>
/// A read-only view of a Scriban object: templates read its members (functions, values) as
/// usual, and every write is refused, which Scriban reports as a template error. Nested objects
/// are wrapped too, once, so the view can be shared between threads.
/// </summary>
internal class ReadOnlyScriptObject : IScriptObject
{
    private readonly Dictionary<string, object?> _members = new(StringComparer.Ordinal);

    protected ReadOnlyScriptObject(IScriptObject inner)
    {
        foreach (var name in inner.GetMembers())
        {
            inner.TryGetValue(null, default, name, out var value);
            _members[name] = Wrap(value);
        }
    }

    /// <summary>A value as templates may see it when it is shared: objects wrapped read-only, the rest as they are.</summary>
    public static object? Wrap(object? value) => value switch
    {
        // Scriban compares against this very instance (`x == empty`); it holds nothing to write.
        EmptyScriptObject => value,
        // `date` is both a library and a function (`{{ date }}` is `date.now`).
        IScriptObject and IScriptCustomFunction callable => new ReadOnlyCallableScriptObject((IScriptObject)callable, callable),
        IScriptObject library => new ReadOnlyScriptObject(library),
        _ => value,
    };

    public int Count => _members.Count;

    public bool IsReadOnly
    {
        get => true;
        set
        {
            // Always read-only.
        }
    }

    public IEnumerable<string> GetMembers() => _members.Keys;

    public bool Contains(string member) => _members.ContainsKey(member);

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value) =>
        _members.TryGetValue(member, out value);

    public bool CanWrite(string member) => false;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) => false;

    public bool Remove(string member) => false;

    public void SetReadOnly(string member, bool readOnly)
    {
        // Always read-only.
    }

    public IScriptObject Clone(bool deep) => this;
}
