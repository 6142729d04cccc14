using UglyToad.PdfPig.Fonts.Encodings;
using UglyToad.PdfPig.Fonts.Standard14Fonts;

namespace Vigie.Acts.Corpus.Rendering;

/// <summary>
/// Text widths from the Helvetica metrics PdfPig ships (AFM), scaled for the font actually drawn
/// (1.0 for Helvetica, about 1.12 for DejaVu Sans which is wider).
/// </summary>
public sealed class TextMeasurer
{
    private readonly double[] _regular = new double[256];
    private readonly double[] _bold = new double[256];
    private readonly double _scale;

    public TextMeasurer(double scale)
    {
        _scale = scale;
        Fill(_regular, Standard14.GetAdobeFontMetrics(Standard14Font.Helvetica));
        Fill(_bold, Standard14.GetAdobeFontMetrics(Standard14Font.HelveticaBold));
    }

    /// <summary>Width in points of <paramref name="text"/> at <paramref name="size"/>.</summary>
    public double Width(string text, double size, bool bold)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = bold ? _bold : _regular;
        double units = 0;
        foreach (var c in text)
        {
            units += table[WinAnsi.Encode(c)];
        }

        return units * size / 1000 * _scale;
    }

    private static void Fill(double[] table, UglyToad.PdfPig.Fonts.AdobeFontMetrics.AdobeFontMetrics metrics)
    {
        var encoding = WinAnsiEncoding.Instance;
        for (var code = 0; code < 256; code++)
        {
            var name = encoding.ContainsCode(code) ? encoding.GetName(code) : null;
            table[code] = name is not null && metrics.CharacterMetrics.TryGetValue(name, out var m) ? m.Width.X : 556;
        }
    }
}
