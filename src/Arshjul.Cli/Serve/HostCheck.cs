using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Arshjul.Cli.Serve;

/// <summary>
/// Which Host headers (and Origin headers) the dev server answers. A page on another site can make
/// the browser connect to 127.0.0.1 by giving its own name a loopback address (DNS rebinding); the
/// Host header then still carries that name, so only names and addresses of this computer are
/// accepted: localhost, 127.0.0.0/8, [::1] (with any port), and the address given with --host.
/// When --host is a wildcard (0.0.0.0 or ::) any address written as numbers is accepted too: a
/// numeric Host cannot be rebound, and it is how other machines reach the server.
/// </summary>
public sealed class HostCheck
{
    private readonly IPAddress? _listenAddress;
    private readonly string _listenName;

    /// <param name="listenHost">The --host value: an IP address or "localhost".</param>
    public HostCheck(string listenHost)
    {
        _listenName = listenHost.Trim('[', ']');
        _listenAddress = IPAddress.TryParse(_listenName, out var address) ? address : null;
    }

    /// <summary>Whether a Host header value ("name", "name:port", "[v6]:port") names this server.</summary>
    public bool Allows(string? host)
    {
        if (!TrySplit(host, out var name, out var bracketed)) return false;
        if (!bracketed && name.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        if (!bracketed && name.Equals(_listenName, StringComparison.OrdinalIgnoreCase)) return true;
        if (Numeric(name, bracketed) is not { } address) return false;
        return IPAddress.IsLoopback(address)
            || address.Equals(_listenAddress)
            || (_listenAddress is not null && (_listenAddress.Equals(IPAddress.Any) || _listenAddress.Equals(IPAddress.IPv6Any)));
    }

    /// <summary>Whether an Origin header names a page of this server: http, with an allowed host; "null" and other schemes are not.</summary>
    public bool AllowsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttp
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.UserInfo.Length == 0
        && Allows(uri.Authority);

    /// <summary>Splits "name[:port]" or "[address][:port]"; false unless the port, if any, is a port number.</summary>
    private static bool TrySplit(string? host, out string name, out bool bracketed)
    {
        name = "";
        bracketed = false;
        if (string.IsNullOrEmpty(host)) return false;
        string port;
        if (host[0] == '[')
        {
            var close = host.IndexOf(']', StringComparison.Ordinal);
            if (close < 0) return false;
            name = host[1..close];
            bracketed = true;
            port = host[(close + 1)..];
        }
        else
        {
            var colon = host.IndexOf(':', StringComparison.Ordinal);
            name = colon < 0 ? host : host[..colon];
            port = colon < 0 ? "" : host[colon..];
        }

        if (port.Length == 0) return name.Length > 0;
        return port[0] == ':' && port.Length is >= 2 and <= 6 && port.Skip(1).All(char.IsAsciiDigit)
            && int.Parse(port.AsSpan(1), CultureInfo.InvariantCulture) <= 65535 && name.Length > 0;
    }

    /// <summary>An IPv4 address in dotted decimal, or an IPv6 address in brackets; null for a name.</summary>
    private static IPAddress? Numeric(string name, bool bracketed)
    {
        if (bracketed) return IPAddress.TryParse(name, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6 ? v6 : null;

        // IPAddress.TryParse also reads "127.1" and "2130706433"; browsers send only the dotted form.
        var parts = name.Split('.');
        if (parts.Length != 4 || parts.Any(p => p.Length is 0 or > 3 || !p.All(char.IsAsciiDigit))) return null;
        return IPAddress.TryParse(name, out var v4) && v4.AddressFamily == AddressFamily.InterNetwork ? v4 : null;
    }
}
