using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Vigie.Acts.Corpus.Rendering;

/// <summary>
/// Renders acts to a text PDF with PdfPig's <see cref="PdfDocumentBuilder"/> and the DejaVu Sans TrueType font
/// (embedded subset, so every accent survives). The fonts are read once per renderer.
/// </summary>
public sealed class PdfPigActRenderer
{
    public const string DefaultFontDirectory = "/usr/share/fonts/truetype/dejavu";

    private readonly byte[] _regular;
    private readonly byte[] _bold;

    public PdfPigActRenderer(string fontDirectory = DefaultFontDirectory)
    {
        var regular = Path.Combine(fontDirectory, "DejaVuSans.ttf");
        var bold = Path.Combine(fontDirectory, "DejaVuSans-Bold.ttf");
        if (!File.Exists(regular) || !File.Exists(bold))
        {
            throw new FileNotFoundException($"Police DejaVu Sans introuvable dans {fontDirectory} (paquet fonts-dejavu-core).", regular);
        }

        _regular = File.ReadAllBytes(regular);
        _bold = File.ReadAllBytes(bold);
        Layout = new PageLayoutEngine(new TextMeasurer(1.12));
    }

    /// <summary>True when the DejaVu fonts are installed.</summary>
    public static bool FontsAvailable(string fontDirectory = DefaultFontDirectory) =>
        File.Exists(Path.Combine(fontDirectory, "DejaVuSans.ttf")) && File.Exists(Path.Combine(fontDirectory, "DejaVuSans-Bold.ttf"));

    public PageLayoutEngine Layout { get; }

    public byte[] Render(PagedLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Producer = "Vigie corpus";
        var regular = builder.AddTrueTypeFont(_regular);
        var bold = builder.AddTrueTypeFont(_bold);
        var byPage = layout.Lines.ToLookup(l => l.Page);
        for (var page = 1; page <= layout.PageCount; page++)
        {
            var builderPage = builder.AddPage(PageLayoutEngine.PageWidth, PageLayoutEngine.PageHeight);
            foreach (var line in byPage[page])
            {
                builderPage.AddText(line.Text, line.Size, new PdfPoint(line.X, line.Y), line.Bold ? bold : regular);
            }
        }

        return DeterministicId(builder.Build());
    }

    /// <summary>
    /// PdfPig writes a random /ID in the trailer; replace it, at the same length, by one derived from the content so
    /// the same act gives the same bytes.
    /// </summary>
    internal static byte[] DeterministicId(byte[] pdf)
    {
        var marker = "/ID ["u8;
        var at = pdf.AsSpan().LastIndexOf(marker);
        if (at < 0)
        {
            return pdf;
        }

        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(pdf.AsSpan(0, at)));
        var position = at + marker.Length;
        for (var part = 0; part < 2; part++)
        {
            var open = Array.IndexOf(pdf, (byte)'<', position);
            var close = open < 0 ? -1 : Array.IndexOf(pdf, (byte)'>', open);
            if (open < 0 || close < 0)
            {
                break;
            }

            for (var i = open + 1; i < close; i++)
            {
                pdf[i] = (byte)hash[(i - open - 1) % hash.Length];
            }

            position = close + 1;
        }

        return pdf;
    }
}
