using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Arshjul.Site.Rendering.Templates;

/// <summary>
/// Wraps Scriban's built-in <c>include</c> so its result is <see cref="TrustedHtml"/>: the
/// partial's own <c>{{ }}</c> outputs were escaped as the partial rendered, and escaping the
/// result again would turn "&amp;amp;" into "&amp;amp;amp;".
/// </summary>
internal sealed class TrustedIncludeFunction : IScriptCustomFunction
{
    private readonly IScriptCustomFunction _include;

    public TrustedIncludeFunction(IScriptCustomFunction include)
    {
        _include = include;
    }

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    // Declared as object rather than string: the value written is TrustedHtml.
    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        // `{{ include 'x' … }}` on its own writes what it renders, so it can render straight into the page
        // (see IncludeInPlace); an include whose value is used (`x = include …`, a pipe) gets it as a string.
        if (context is HtmlEscapingTemplateContext html && callerContext is ScriptFunctionCall { Parent: ScriptExpressionStatement } call
            && !call.Arguments.OfType<ScriptNamedArgument>().Any() && arguments.Count > 0)
        {
            html.IncludeInPlace(call, arguments);
            return null;
        }

        return Trust(context, _include.Invoke(context, callerContext, arguments, blockStatement));
    }

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Trust(context, await _include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    private static TrustedHtml? Trust(TemplateContext context, object? rendered) => rendered switch
    {
        null => null,
        TrustedHtml trusted => trusted,
        string html => new TrustedHtml(html),
        _ => new TrustedHtml(context.ObjectToString(rendered) ?? string.Empty),
    };
}
