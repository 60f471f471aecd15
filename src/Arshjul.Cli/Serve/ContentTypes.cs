namespace Arshjul.Cli.Serve;

/// <summary>The Content-Type of each kind of file a built site has.</summary>
public static class ContentTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".ico"] = "image/x-icon",
        [".pdf"] = "application/pdf",
        [".ics"] = "text/calendar; charset=utf-8",
        [".xml"] = "application/xml",
        [".txt"] = "text/plain; charset=utf-8",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
        [".mp4"] = "video/mp4",
        [".webm"] = "video/webm",
    };

    public static string For(string fileName)
    {
        // The Atom feed is XML too, but feed readers and browsers treat it by its own type.
        if (string.Equals(Path.GetFileName(fileName), "feed.xml", StringComparison.OrdinalIgnoreCase)) return "application/atom+xml";
        return ByExtension.GetValueOrDefault(Path.GetExtension(fileName), "application/octet-stream");
    }
}
