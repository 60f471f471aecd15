namespace Arshjul.Cli.Serve;

/// <summary>
/// The script the dev server puts on every page (the theme writes it where the layout has
/// <c>site.live_reload</c>): it listens to the server's events and reloads the page after a
/// rebuild, or shows the build's error over the page. The error arrives as text and is shown
/// with textContent, never as HTML, since it quotes the author's content.
/// </summary>
public static class LiveReloadScript
{
    /// <summary>The server-sent-events endpoint; a path no site page can have (slugs never start with '_').</summary>
    public const string EventsPath = "/__arshjul/events";

    public const string Snippet = """
        <script>
        (function () {
          var overlay = null;
          var events = new EventSource("/__arshjul/events");
          events.addEventListener("reload", function () { location.reload(); });
          events.addEventListener("error", function (e) {
            // The browser also fires "error" (without data) when the connection drops; only ours carries text.
            if (typeof e.data !== "string") return;
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;" +
                "background:rgba(20,20,20,.94);color:#fff;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap";
              document.body.appendChild(overlay);
            }
            overlay.textContent = "arshjul: the site could not be built; fix the problems below and save, and the page reloads.\n\n" + e.data;
          });
        })();
        </script>
        """;
}
