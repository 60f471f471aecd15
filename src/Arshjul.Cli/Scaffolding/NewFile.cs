using System.Text;

namespace Arshjul.Cli.Scaffolding;

/// <summary>Writes a scaffolded file, never over an existing one.</summary>
internal static class NewFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> as UTF-8 without BOM; false when the file already exists (it is left as it is).</summary>
    public static bool TryWrite(string fullPath, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        try
        {
            // CreateNew: a file that appeared since any earlier check is still never overwritten.
            using var stream = new FileStream(fullPath, FileMode.CreateNew, FileAccess.Write);
            stream.Write(Utf8.GetBytes(text));
            return true;
        }
        catch (IOException) when (File.Exists(fullPath))
        {
            return false;
        }
    }
}
