using System.Globalization;
using System.Text;
using Arshjul.Site.Rendering.Templates;
using QRCoder;

namespace Arshjul.Site.Rendering;

/// <summary>
/// A QR code as inline SVG (QRCoder makes the modules, this writes them): one path of dark modules on a white
/// square with the quiet zone, so it prints sharp at any size and needs no image file or request.
/// </summary>
public static class QrCodeSvg
{
    /// <summary>The SVG of <paramref name="text"/>, named <paramref name="label"/> for screen readers (role="img").</summary>
    /// <remarks>Error correction M (15 %): a printed sheet on a wall survives a fold or a smudge; the site's URLs stay short enough for a small code.</remarks>
    public static TrustedHtml For(string text, string label)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(label);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix; // with QRCoder's quiet zone of 4 modules on each side
        var size = matrix.Count;
        var path = new StringBuilder(size * size);
        for (var y = 0; y < size; y++)
        {
            var row = matrix[y];
            for (var x = 0; x < size; x++)
            {
                if (!row[x]) continue;
                var start = x;
                while (x + 1 < size && row[x + 1]) x++;
                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start + 1}v1h-{x - start + 1}z");
            }
        }

        var n = size.ToString(CultureInfo.InvariantCulture);
        var svg = $"<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {n} {n}\" width=\"{n}\" height=\"{n}\" "
            + $"role=\"img\" aria-label=\"{HtmlEscaper.Escape(label)}\" shape-rendering=\"crispEdges\">"
            + $"<rect width=\"{n}\" height=\"{n}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>";
        return new TrustedHtml(svg);
    }
}
