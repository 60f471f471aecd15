using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Arshjul.Site.Rendering.Templates;

/// <summary>A read-only view of a builtin that is also a function (Scriban's <c>date</c>): calls go to the builtin.</summary>
internal sealed class ReadOnlyCallableScriptObject(IScriptObject inner, IScriptCustomFunction function)
    : ReadOnlyScriptObject(inner), IScriptCustomFunction
{
    public int RequiredParameterCount => function.RequiredParameterCount;

    public int ParameterCount => function.ParameterCount;

    public ScriptVarParamKind VarParamKind => function.VarParamKind;

    public Type ReturnType => function.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => function.GetParameterInfo(index);

    // Scriban calls `date` before reading `date.format`, and the builtin answers with itself:
    // hand out this view instead, or the write would land in the shared builtin.
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Hide(function.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Hide(await function.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    private object? Hide(object? result) => ReferenceEquals(result, function) ? this : result;
}
