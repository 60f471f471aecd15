using System.Collections;
using System.Text;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Arshjul.Site.Rendering.Templates;

/// <summary>
/// Renders a page template and wraps it in the layout. A context serves one page at a time on one thread
/// (each thread keeps one, reset between pages); only the parsed templates (read-only) are shared through the loader.
/// </summary>
public sealed class TemplateRenderer
{
    /// <summary>The layout every page is wrapped in; it writes the page with <c>{{ content }}</c>.</summary>
    public const string LayoutName = "baseof.html";

    /// <summary>The variable holding the rendered page inside the layout.</summary>
    public const string ContentVariable = "content";

    private readonly TemplateLoader _loader;

    public TemplateRenderer(TemplateLoader loader)
    {
        _loader = loader;
    }

    /// <summary>
    /// Renders <paramref name="templateName"/>, then <see cref="LayoutName"/> with the result as
    /// <c>content</c>. Variables the page template assigns are visible to the layout (e.g. a title).
    /// </summary>
    /// <param name="model">Its public properties become top-level variables in snake_case (<c>Page</c> → <c>page</c>); a string-keyed dictionary's entries are used as they are.</param>
    /// <param name="globals">Further top-level variables, by name; they win over model members of the same name.</param>
    /// <exception cref="TemplateRenderException">A template is missing, has parse errors or fails while rendering.</exception>
    public string Render(string templateName, object model, IReadOnlyDictionary<string, object?> globals) =>
        RenderPage(templateName, model, globals, withLayout: true, AsText);

    /// <summary>Renders a template on its own, without the layout (feeds, fragments).</summary>
    public string RenderWithoutLayout(string templateName, object model, IReadOnlyDictionary<string, object?> globals) =>
        RenderPage(templateName, model, globals, withLayout: false, AsText);

    /// <summary>
    /// <see cref="Render"/> or <see cref="RenderWithoutLayout"/> as the UTF-8 file, encoded from the output as it was
    /// written: the page is never made into a string first (at 5,000 items in 3 languages those strings were
    /// 3 GB of a build's 20 GB of allocations).
    /// </summary>
    public byte[] RenderUtf8(string templateName, object model, IReadOnlyDictionary<string, object?> globals, bool withLayout = true) =>
        RenderPage(templateName, model, globals, withLayout, AsUtf8);

    private T RenderPage<T>(string templateName, object model, IReadOnlyDictionary<string, object?> globals, bool withLayout, Func<StringBuilder, T> result)
    {
        var (context, variables) = CreateContext(model, globals);
        T rendered;
        if (!withLayout)
        {
            rendered = RenderOne(context, templateName, result);
        }
        else
        {
            var body = RenderOne(context, templateName, AsText);
            variables.SetValue(ContentVariable, new TrustedHtml(body), readOnly: true);
            rendered = RenderOne(context, LayoutName, result);
        }

        // Only a context whose page rendered without an error is used again: a template error can leave
        // Scriban's scopes and loops half unwound, and the next page must not start inside them.
        context.Reset();
        t_context = context;
        return rendered;
    }

    /// <summary>
    /// A context for one page: the thread's kept one, reset by Scriban's <c>Reset</c> (meant for reuse on one thread),
    /// or a new one. Making a context costs about 20 KB (Scriban's argument arrays for every function arity, its
    /// stacks, the HTML functions made by reflection): 386 MB of a build's 5.1 GB at 18,000 pages. A context is taken
    /// from the thread while a page renders, so a page rendered from within another (a fragment) gets its own.
    /// </summary>
    private (HtmlEscapingTemplateContext Context, ScriptObject Variables) CreateContext(object model, IReadOnlyDictionary<string, object?> globals)
    {
        var context = t_context ?? new HtmlEscapingTemplateContext();
        t_context = null;
        context.TemplateLoader = _loader;
        var variables = new ScriptObject();
        ImportModel(variables, model, context.MemberRenamer);
        foreach (var (name, value) in globals)
        {
            variables.SetValue(name, value, readOnly: false);
        }

        context.PushGlobal(variables);
        return (context, variables);
    }

    private static void ImportModel(ScriptObject variables, object model, MemberRenamerDelegate renamer)
    {
        switch (model)
        {
            case IEnumerable<KeyValuePair<string, object?>> entries:
                foreach (var (name, value) in entries)
                {
                    variables.SetValue(name, value, readOnly: false);
                }

                break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    variables.SetValue(entry.Key.ToString() ?? string.Empty, entry.Value, readOnly: false);
                }

                break;
            default:
                variables.Import(model, ScriptMemberImportFlags.Property | ScriptMemberImportFlags.Field, renamer: renamer);
                break;
        }
    }

    private T RenderOne<T>(HtmlEscapingTemplateContext context, string templateName, Func<StringBuilder, T> result)
    {
        LoadedTemplate loaded;
        try
        {
            loaded = _loader.Load(templateName);
        }
        catch (TemplateNotFoundException notFound)
        {
            throw new TemplateRenderException([new TemplateProblem(templateName, 0, 0, notFound.Message)], notFound);
        }

        if (loaded.HasErrors)
        {
            throw new TemplateRenderException(loaded.Problems);
        }

        // Each thread renders into one builder of its own, kept from page to page: Scriban empties it after
        // each render but keeps its capacity, so a page's output no longer grows chunk by chunk from nothing.
        var builder = t_output ?? new StringBuilder(64 * 1024);
        t_output = null;
        context.PushOutput(new BuilderOutput(builder));
        try
        {
            loaded.Template.Render(context);
            return result(builder);
        }
        catch (ScriptParserRuntimeException parseError)
        {
            // An included template failed to parse: report its own errors, not just the include.
            var problems = parseError.ParserMessages
                .Where(m => m.Type == ParserMessageType.Error)
                .Select(m => new TemplateProblem(m.Span.FileName ?? loaded.Path, m.Span.Start.Line + 1, m.Span.Start.Column + 1, m.Message))
                .ToList();
            throw new TemplateRenderException(problems, parseError);
        }
        catch (ScriptRuntimeException runtimeError)
        {
            var span = runtimeError.Span;
            throw new TemplateRenderException(
                [new TemplateProblem(span.FileName ?? loaded.Path, span.Start.Line + 1, span.Start.Column + 1, runtimeError.OriginalMessage, TemplateLimits.Of(runtimeError.OriginalMessage))],
                runtimeError);
        }
        finally
        {
            context.PopOutput();
            // A builder grown by an exceptionally big page is let go rather than held for the rest of the build.
            if (builder.Capacity <= MaxKeptOutputChars)
            {
                builder.Clear();
                t_output = builder;
            }
        }
    }

    private static string AsText(StringBuilder builder) => builder.ToString();

    /// <summary>The builder's text as UTF-8, chunk by chunk (an encoder keeps a surrogate pair split between two chunks whole).</summary>
    private static byte[] AsUtf8(StringBuilder builder)
    {
        var max = Utf8.GetMaxByteCount(builder.Length);
        var buffer = t_bytes is { } kept && kept.Length >= max ? kept : new byte[max];
        var encoder = t_encoder ??= Utf8.GetEncoder();
        encoder.Reset();
        var written = 0;
        foreach (var chunk in builder.GetChunks())
        {
            encoder.Convert(chunk.Span, buffer.AsSpan(written), flush: false, out _, out var used, out _);
            written += used;
        }

        encoder.Convert([], buffer.AsSpan(written), flush: true, out _, out var last, out _);
        written += last;
        if (buffer.Length <= 3 * MaxKeptOutputChars) t_bytes = buffer;
        return buffer.AsSpan(0, written).ToArray();
    }

    private const int MaxKeptOutputChars = 4 * 1024 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [ThreadStatic]
    private static HtmlEscapingTemplateContext? t_context;

    [ThreadStatic]
    private static StringBuilder? t_output;

    [ThreadStatic]
    private static byte[]? t_bytes;

    [ThreadStatic]
    private static Encoder? t_encoder;

    /// <summary>
    /// Scriban's output into the thread's builder. Unlike Scriban's own StringBuilderOutput it does not make the text
    /// into a string when the render ends (Scriban calls ToString and would empty the builder); the caller reads the builder.
    /// </summary>
    private sealed class BuilderOutput(StringBuilder builder) : IScriptOutput
    {
        public void Write(string text, int offset, int count) => builder.Append(text, offset, count);

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            builder.Append(text, offset, count);
            return ValueTask.CompletedTask;
        }

        public override string ToString() => string.Empty;
    }
}
