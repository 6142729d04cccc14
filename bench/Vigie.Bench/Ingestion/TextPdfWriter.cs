using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Vigie.Bench.Ingestion;

/// <summary>
/// Writes text PDFs with PdfPig's builder, in DejaVu Sans (embedded, accents kept) when installed, else in
/// Helvetica with the accents folded away (the standard font only covers a basic character set).
/// </summary>
internal sealed class TextPdfWriter
{
    private const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private readonly byte[]? _font = File.Exists(FontPath) ? File.ReadAllBytes(FontPath) : null;

    public string FontName => _font is null ? "Helvetica (accents retirés)" : "DejaVu Sans (incorporée)";

    public byte[] Write(IReadOnlyList<IReadOnlyList<string>> pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = _font is null ? builder.AddStandard14Font(Standard14Font.Helvetica) : builder.AddTrueTypeFont(_font);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 790.0;
            foreach (var line in lines)
            {
                if (line.Length > 0)
                {
                    page.AddText(_font is null ? Fold(line) : line, 10, new PdfPoint(56, y), font);
                }

                y -= 13;
            }
        }

        return builder.Build();
    }

    private static string Fold(string text)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        return new string(decomposed.Where(c => c < 128).ToArray());
    }
}
