using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Arshjul.Site.Tests.Cli;

/// <summary>
/// Requests written byte for byte to a socket: HttpClient normalises dot segments and double
/// slashes away and always sends a correct Host, so it cannot send what a hostile client can.
/// </summary>
internal static class RawHttp
{
    public sealed record Response(int Status, string Head, string Body)
    {
        /// <summary>A response header's value, or null when the response has none.</summary>
        public string? Header(string name) =>
            Head.Split("\r\n").Skip(1)
                .Select(line => line.Split(':', 2))
                .Where(parts => parts.Length == 2 && parts[0].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
                .Select(parts => parts[1].Trim())
                .FirstOrDefault();

        public override string ToString() => Head + "\r\n\r\n" + Body;
    }

    /// <summary>A GET of <paramref name="target"/> with the given header lines ("Host: x"); no Host line unless given.</summary>
    public static async Task<Response> Get(int port, string target, params string[] headers) =>
        await Send(port, $"GET {target} HTTP/1.1\r\n{string.Concat(headers.Select(h => h + "\r\n"))}Connection: close\r\n\r\n");

    /// <summary>Sends <paramref name="request"/> as is and reads the response head and, unless it is an event stream, the body.</summary>
    public static async Task<Response> Send(int port, string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var received = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            int read;
            try
            {
                read = await stream.ReadAsync(buffer, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (read == 0) break;
            received.Write(buffer, 0, read);
            var text = Encoding.UTF8.GetString(received.ToArray());

            // An event stream never ends by itself: its head and first event are enough.
            if (text.Contains("text/event-stream", StringComparison.Ordinal) && text.Contains(": connected\n\n", StringComparison.Ordinal)) break;
        }

        var response = Encoding.UTF8.GetString(received.ToArray());
        var split = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? response : response[..split];
        var body = split < 0 ? "" : response[(split + 4)..];
        var status = int.Parse(head.Split("\r\n")[0].Split(' ')[1], CultureInfo.InvariantCulture);
        return new Response(status, head, body);
    }
}
