using System.Text;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Content;

/// <summary>Decodes a file as UTF-8 (with or without BOM), refusing other encodings with the byte offset.</summary>
public static class SourceTextReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text with LF line endings, or null after reporting a diagnostic.</summary>
    public static string? Decode(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            var text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(0, e.Index);
            var (line, column) = LineAndColumn(bytes, offset);
            diagnostics.Error(DiagnosticCodes.NotUtf8, new SourceLocation(path, line, column),
                $"The file is not valid UTF-8: byte 0x{bytes[Math.Min(offset, bytes.Length - 1)]:X2} at byte offset {offset}.",
                "Save the file as UTF-8 in your editor (often under 'Save with encoding').");
            return null;
        }
    }

    private static (int Line, int Column) LineAndColumn(byte[] bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
