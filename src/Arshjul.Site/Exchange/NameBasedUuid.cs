using System.Security.Cryptography;
using System.Text;

namespace Arshjul.Site.Exchange;

/// <summary>
/// RFC 4122 version 5 (SHA-1, name-based) UUIDs: the same name always gives the same id, on any
/// machine, so an item keeps its guid across builds and schedule apps keep their favourites.
/// </summary>
public static class NameBasedUuid
{
    /// <summary>The RFC 4122 namespace for URLs and other names of the form "x@host" (NameSpace_URL).</summary>
    public static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    public static Guid Create(Guid space, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var spaceBytes = space.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[spaceBytes.Length + nameBytes.Length];
        spaceBytes.CopyTo(input, 0);
        nameBytes.CopyTo(input, spaceBytes.Length);
#pragma warning disable CA5350 // RFC 4122 version 5 is defined on SHA-1; this is an id, not a security use.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>A v5 UUID in the URL namespace: what the exports derive every guid from.</summary>
    public static Guid Of(string name) => Create(UrlNamespace, name);
}
