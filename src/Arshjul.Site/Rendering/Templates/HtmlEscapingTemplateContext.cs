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
        PushGlobal(CreateHtmlFunctions());
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

    public override string? ObjectToString(object? value, bool nested = false) =>
        value is TrustedHtml trusted ? trusted.Html : base.ObjectToString(value, nested);

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
