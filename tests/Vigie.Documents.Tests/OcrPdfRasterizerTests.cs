using System.Buffers.Binary;
using System.Diagnostics;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Vigie.Documents.Ocr;

namespace Vigie.Documents.Tests;

public sealed class OcrPdfRasterizerTests(OcrEngineFixture fixture)
{
    private const string DejaVuSans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    [Fact]
    public void Render_PageThatIsOneJpegScan_ReturnsTheScanItselfAndOcrReadsIt()
    {
        var jpeg = OcrFixtures.Read(OcrFixtures.ArreteScanJpeg);
        var pdf = SinglePagePdf(page => page.AddJpeg(jpeg, new PdfRectangle(0, 0, 595.44, 374.4)), 595.44, 374.4);
        var rasterizer = new PdfPageRasterizer(settings: new PdfPageRasterizerSettings { PdftoppmPath = "pdftoppm-absent-pour-ce-test" });

        var image = rasterizer.Render(pdf, 1, 300, TestContext.Current.CancellationToken);

        Assert.NotNull(image);
        Assert.Equal(jpeg, image);
        var text = fixture.RequireEngine().Recognize(image, TestContext.Current.CancellationToken).Text;
        Assert.Contains("ARRÊTÉ N° 2024-117", text, StringComparison.Ordinal);
        Assert.Contains("Claire DUBOIS", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PageThatIsOneCcittFaxScan_ReturnsAnImageOcrReads()
    {
        // The first page of the G4 TIFF fixture is one strip: its bytes are exactly what a copier puts in a PDF.
        var (g4, width, height) = FirstTiffStrip(OcrFixtures.Read(OcrFixtures.DeuxPagesTiff));
        var (pageWidth, pageHeight) = (width * 72.0 / 300, height * 72.0 / 300);
        var pdf = SinglePagePdf(page => page.AddCcittG4(g4, width, height, new PdfRectangle(0, 0, pageWidth, pageHeight), false), pageWidth, pageHeight);
        var rasterizer = new PdfPageRasterizer(settings: new PdfPageRasterizerSettings { PdftoppmPath = "pdftoppm-absent-pour-ce-test" });

        var image = rasterizer.Render(pdf, 1, 300, TestContext.Current.CancellationToken);

        Assert.NotNull(image);
        var text = fixture.RequireEngine().Recognize(image, TestContext.Current.CancellationToken).Text;
        Assert.Contains("ARRÊTÉ N° 2024-205", text, StringComparison.Ordinal);
        Assert.Contains("Centre de gestion du Rhône", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PageWithoutFullPageImage_RendersWithPdftoppmForOcr()
    {
        RequirePdftoppm();
        var pdf = SinglePagePdf(
            (page, font) =>
            {
                page.AddText("ARRÊTÉ MUNICIPAL N° 2024-33", 16, new PdfPoint(60, 760), font);
                page.AddText("Le Maire de la commune de Bron,", 12, new PdfPoint(60, 720), font);
                page.AddText("Fait à Bron, le 4 avril 2024.", 12, new PdfPoint(60, 690), font);
            });
        var rasterizer = new PdfPageRasterizer();

        var image = rasterizer.Render(pdf, 1, 200, TestContext.Current.CancellationToken);

        Assert.NotNull(image);
        Assert.True(image.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']), "pdftoppm rend un PNG.");
        var text = fixture.RequireEngine().Recognize(image, TestContext.Current.CancellationToken).Text;
        Assert.Contains("ARRÊTÉ MUNICIPAL", text, StringComparison.Ordinal);
        Assert.Contains("Le Maire de la commune de Bron", text, StringComparison.Ordinal);
        Assert.Contains("4 avril 2024", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PageBeyondTheDocument_ReturnsNull()
    {
        var pdf = SinglePagePdf((page, font) => page.AddText("Une seule page", 12, new PdfPoint(60, 760), font));

        var image = new PdfPageRasterizer().Render(pdf, 3, 150, TestContext.Current.CancellationToken);

        Assert.Null(image);
    }

    [Fact]
    public void Render_BytesThatAreNoPdf_ReturnsNull()
    {
        var image = new PdfPageRasterizer().Render("pas un PDF"u8.ToArray(), 1, 150, TestContext.Current.CancellationToken);

        Assert.Null(image);
    }

    /// <summary>The compressed bytes of the first strip of a little-endian TIFF's first page, with its size.</summary>
    private static (byte[] Data, int Width, int Height) FirstTiffStrip(byte[] tiff)
    {
        Assert.Equal((byte)'I', tiff[0]);
        var directory = (int)BinaryPrimitives.ReadUInt32LittleEndian(tiff.AsSpan(4));
        var entries = BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(directory));
        var tags = new Dictionary<int, int>();
        for (var i = 0; i < entries; i++)
        {
            var entry = tiff.AsSpan(directory + 2 + (i * 12));
            var type = BinaryPrimitives.ReadUInt16LittleEndian(entry[2..]);
            var count = BinaryPrimitives.ReadUInt32LittleEndian(entry[4..]);
            Assert.True(count == 1 || !(BinaryPrimitives.ReadUInt16LittleEndian(entry) is 273 or 279), "Une seule bande attendue.");
            tags[BinaryPrimitives.ReadUInt16LittleEndian(entry)] = type == 3
                ? BinaryPrimitives.ReadUInt16LittleEndian(entry[8..])
                : (int)BinaryPrimitives.ReadUInt32LittleEndian(entry[8..]);
        }

        Assert.Equal(4, tags[259]); // Compression: CCITT group 4.
        return (tiff.AsSpan(tags[273], tags[279]).ToArray(), tags[256], tags[257]);
    }

    private static void RequirePdftoppm()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftoppm", "-v") { RedirectStandardError = true, RedirectStandardOutput = true });
            process!.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("pdftoppm (poppler-utils) n'est pas installé.");
        }
    }

    private static byte[] SinglePagePdf(Action<PdfPageBuilder> draw, double width, double height)
    {
        var builder = new PdfDocumentBuilder();
        draw(builder.AddPage(width, height));
        return builder.Build();
    }

    private static byte[] SinglePagePdf(Action<PdfPageBuilder, PdfDocumentBuilder.AddedFont> draw)
    {
        var builder = new PdfDocumentBuilder();
        var font = File.Exists(DejaVuSans)
            ? builder.AddTrueTypeFont(File.ReadAllBytes(DejaVuSans))
            : builder.AddStandard14Font(Standard14Font.Helvetica);
        draw(builder.AddPage(595, 842), font);
        return builder.Build();
    }
}
