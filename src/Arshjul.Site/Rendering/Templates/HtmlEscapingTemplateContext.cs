using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Arshjul.Site.Rendering.Templates;

/// <summary>
/// A Scriban context for HTML output: every <c>{{ }}</c> result is HTML-escaped unless it is
/// <see cref="TrustedHtml"/> (from <c>raw</c> or <c>include</c>). Template text outside
/// <c>{{ }}</c> is written through the non-virtual <c>Write(string)</c> and stays verbatim.
/// Scriban 7.5 has no escaping option of its own.
/// </summary>
public class HtmlEscapingTemplateContext : TemplateContext
{
    /// <summary>
    /// Bound on loop iterations per loop. Scriban's default (1000) is too low for a programme of
    /// thousands of items; the bound still stops a runaway <c>while</c>.
    /// </summary>
    public const int MaxLoopIterations = 1_000_000;

    /// <summary>
    /// Bound on nested includes and function calls. The item partial includes itself once per nesting
    /// level, and items nest at most <c>ItemReader.MaxItemDepth</c> deep, far below this; the bound
    /// stops a template that includes itself without end before the stack overflows, as an error.
    /// </summary>
    public const int MaxRecursionDepth = 100;

    // One read-only copy of the builtins serves every page and thread: a template cannot change
    // what the next page sees (see ReadOnlyBuiltins for the cost of a copy per page).
    public HtmlEscapingTemplateContext()
        : base(ReadOnlyBuiltins.Instance)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = MaxLoopIterations;
        // Scriban cuts a context's output at LimitToString characters (1 MB by default) without an
        // error: the programme of a big congress vanished from its page. A page's size is bounded
        // by its content, so no limit here; the loop limit still stops a runaway template, as an error.
        LimitToString = 0;
        OutputLimit = 0;
        // Should a limit be set after all (a subclass, a Scriban default changing), it fails the page, never cuts it.
        OnStringLimit = ScriptLimitBehavior.Throw;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        RecursiveLimit = MaxRecursionDepth;
        MemberRenamer = StandardMemberRenamer.Default;
        NewLine = "\n";
        _htmlFunctions = CreateHtmlFunctions();
        PushGlobal(_htmlFunctions);
    }

    private readonly ScriptObject _htmlFunctions;

    /// <summary>
    /// Scriban's reset for another run on the same thread (it keeps only the builtins as globals), with this
    /// context's HTML functions pushed again above them.
    /// </summary>
    public override void Reset()
    {
        base.Reset();
        PushGlobal(_htmlFunctions);
    }

    /// <summary>Marks a value as trusted HTML; the value is converted to text as Scriban would.</summary>
    public TrustedHtml Raw(object? value) => value switch
    {
        null => TrustedHtml.Empty,
        TrustedHtml trusted => trusted,
        string html => new TrustedHtml(html),
        _ => new TrustedHtml(ObjectToString(value) ?? string.Empty),
    };

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        var html = ToHtml(textAsObject);
        if (html.Length > 0)
        {
            Write(html);
        }

        return this;
    }

    public override async ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject)
    {
        var html = ToHtml(textAsObject);
        if (html.Length > 0)
        {
            await WriteAsync(html).ConfigureAwait(false);
        }

        return this;
    }

    public override string? ObjectToString(object? value, bool nested = false)
    {
        if (value is not TrustedHtml trusted) return base.ObjectToString(value, nested);

        // Written as it is, a fragment's marker is cut out of the page later; used as a string (its size, a part of
        // it, a comparison) it would give the marker's answer, not the fragment's: the page is rendered whole.
        if (trusted.IsFragmentMarker) EventFragments.ReadOutsideFragments();
        return trusted.Html;
    }

    /// <summary>
    /// Includes come from the <see cref="TemplateLoader"/>'s shared cache instead of being
    /// parsed again for every context (one per rendered page).
    /// </summary>
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext)
    {
        if (TemplateLoader is not Templates.TemplateLoader loader)
        {
            return base.CreateTemplate(templatePath, callerContext);
        }

        var loaded = loader.Load(templatePath);
        if (loaded.Template.HasErrors)
        {
            throw new ScriptParserRuntimeException(callerContext?.Span ?? CurrentSpan, $"Error while parsing template `{templatePath}` from `{loaded.Path}`", loaded.Template.Messages);
        }

        return loaded.Template;
    }

    /// <summary>
    /// Scriban makes a member accessor per type per context, that is per page, each reading the type's
    /// properties anew. Reflection keeps a type's PropertyInfos only weakly, so between garbage collections
    /// they are made again, and each new one emits its own invoke stub (a DynamicMethod) that the finalizer
    /// thread must later destroy: at 18,000 pages that was a sixth of the build's CPU. One accessor per type
    /// for the whole process keeps the PropertyInfos, and their stubs, alive. Safe to share: an accessor
    /// depends only on the type and on MemberFilter/MemberRenamer, which every context sets alike, and is
    /// read-only once made.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> SharedAccessors = new();

    protected override IObjectAccessor GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (SharedAccessors.TryGetValue(type, out var shared)) return shared;
        var made = base.GetMemberAccessorImpl(target);
        return made is null ? null! : SharedAccessors.GetOrAdd(type, made);
    }

    /// <summary>
    /// Renders an included template into this context's current output, as Scriban's include does but without
    /// its output of its own: Scriban renders each include into a new buffer, makes a string of it and writes
    /// that into the caller's, so a programme entry was copied once per level of nesting (item → programme →
    /// page) and every include cost a buffer. Same scope rules as Scriban's: a new local scope with `$`, `$1`…
    /// as the arguments, the recursion limit counted, the template's own file for error locations.
    /// </summary>
    internal void IncludeInPlace(ScriptNode caller, ScriptArray arguments)
    {
        var path = GetTemplatePathFromName(ObjectToString(arguments[0]), caller);
        if (path is null) return;
        var template = GetOrCreateTemplate(path, caller);
        EnterRecursive(caller);
        PushLocal();
        try
        {
            SetValue(ScriptVariable.Arguments, arguments, true, true);
            if (template.SourceFilePath is { } file) PushSourceFile(file);
            try
            {
                if (template.Page is not null && Evaluate(template.Page) is { } result && EnableOutput) Write(template.Page.Span, result);
            }
            finally
            {
                if (template.SourceFilePath is not null) PopSourceFile();
            }
        }
        finally
        {
            PopLocal();
            ExitRecursive(caller);
        }
    }

    private string ToHtml(object? value) => value switch
    {
        null => string.Empty,
        TrustedHtml trusted => trusted.Html,
        _ => HtmlEscaper.Escape(ObjectToString(value) ?? string.Empty),
    };

    private ScriptObject CreateHtmlFunctions()
    {
        var functions = new ScriptObject();
        functions.Import("raw", new Func<object?, TrustedHtml>(Raw));
        if (BuiltinObject.TryGetValue("include", out var include) && include is IScriptCustomFunction builtinInclude)
        {
            functions.SetValue("include", new TrustedIncludeFunction(builtinInclude), readOnly: true);
        }

        return functions;
    }
}
