using System.Text;

namespace Vigie.Documents.Reading.Text;

/// <summary>
/// Decodes plain text: UTF-8 (with or without BOM) or UTF-16 with a BOM, else Windows-1252, the encoding of
/// older French office software. Line ends become '\n'.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The decoded text and the name of the encoding found.</summary>
    public static (string Text, string Encoding) Decode(byte[] content)
    {
        string text;
        string encoding;
        if (content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = Encoding.UTF8.GetString(content, 3, content.Length - 3);
            encoding = "UTF-8";
        }
        else if (content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(content, 2, content.Length - 2);
            encoding = "UTF-16";
        }
        else if (content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(content, 2, content.Length - 2);
            encoding = "UTF-16";
        }
        else
        {
            try
            {
                text = StrictUtf8.GetString(content);
                encoding = "UTF-8";
            }
            catch (DecoderFallbackException)
            {
                // The code pages provider is used directly: no process-wide registration needed.
                text = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(content);
                encoding = "Windows-1252";
            }
        }

        return (NormalizeLineEnds(text), encoding);
    }

    private static string NormalizeLineEnds(string text) =>
        text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;
}
