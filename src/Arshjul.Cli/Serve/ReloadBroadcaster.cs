using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;

namespace Arshjul.Cli.Serve;

/// <summary>
/// Sends server-sent events to every open page: "reload" after a good build, "error" with the
/// diagnostics after a failed one. Remembers the last error, so a page opened while the site is
/// broken shows it at once.
/// </summary>
public sealed class ReloadBroadcaster
{
    private readonly ConcurrentDictionary<Channel<string>, bool> _clients = new();
    private volatile string? _lastError;

    public int ClientCount => _clients.Count;

    public string? LastError => _lastError;

    public void Reload()
    {
        _lastError = null;
        Send(Format("reload", ""));
    }

    public void Error(string text)
    {
        _lastError = text;
        Send(Format("error", text));
    }

    /// <summary>Streams events to one client until it leaves or <paramref name="cancellation"/> fires.</summary>
    public async Task StreamAsync(Stream body, Func<CancellationToken, Task> flush, CancellationToken cancellation)
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        _clients.TryAdd(channel, true);
        try
        {
            // A comment line opens the stream at once, so the browser counts the connection as made.
            await Write(body, ": connected\n\n", cancellation);
            if (_lastError is { } error) await Write(body, Format("error", error), cancellation);
            await flush(cancellation);
            await foreach (var message in channel.Reader.ReadAllAsync(cancellation))
            {
                await Write(body, message, cancellation);
                await flush(cancellation);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The page closed or the server is stopping.
        }
        finally
        {
            _clients.TryRemove(channel, out _);
        }
    }

    private void Send(string message)
    {
        foreach (var client in _clients.Keys) client.Writer.TryWrite(message);
    }

    /// <summary>One event; every line of a multi-line text is its own "data:" line, as the format requires.</summary>
    public static string Format(string name, string text)
    {
        var builder = new StringBuilder().Append("event: ").Append(name).Append('\n');
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n')) builder.Append("data: ").Append(line).Append('\n');
        return builder.Append('\n').ToString();
    }

    private static Task Write(Stream body, string text, CancellationToken cancellation) =>
        body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellation).AsTask();
}
