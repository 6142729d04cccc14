namespace Vigie.Acts.Corpus.Rendering;

/// <summary>The WinAnsiEncoding of PDF standard fonts (cp1252): every character French acts use.</summary>
public static class WinAnsi
{
    private static readonly (char Char, byte Code)[] Specials =
    [
        ('€', 0x80), ('‚', 0x82), ('„', 0x84), ('…', 0x85), ('Œ', 0x8C), ('‘', 0x91), ('’', 0x92), ('“', 0x93),
        ('”', 0x94), ('•', 0x95), ('–', 0x96), ('—', 0x97), ('œ', 0x9C), ('Ÿ', 0x9F),
    ];

    /// <summary>The byte of <paramref name="c"/>, or '?' when the encoding has none.</summary>
    public static byte Encode(char c)
    {
        if (c is >= ' ' and <= '~' or >= '\u00A0' and <= '\u00FF')
        {
            return (byte)c;
        }

        foreach (var (ch, code) in Specials)
        {
            if (ch == c)
            {
                return code;
            }
        }

        return (byte)'?';
    }
}
