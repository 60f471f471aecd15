using System.Text;

namespace Arshjul.Site.Bench.Generation;

/// <summary>Writes the generated files (UTF-8 without BOM, '\n' line ends) and counts them.</summary>
internal sealed class SiteFileWriter(string root)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public int Files { get; private set; }

    public long Bytes { get; private set; }

    public string Root => root;

    public void Text(string relativePath, string text) => Binary(relativePath, Utf8.GetBytes(text.ReplaceLineEndings("\n")));

    public void Binary(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        Files++;
        Bytes += bytes.Length;
    }
}
