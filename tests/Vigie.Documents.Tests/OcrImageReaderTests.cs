using Microsoft.Extensions.Options;
using Vigie.Documents.Model;
using Vigie.Documents.Ocr;
using Vigie.Tests.Shared;

namespace Vigie.Documents.Tests;

public sealed class OcrImageReaderTests(OcrEngineFixture fixture)
{
    [Fact]
    public void Read_ScannedJpeg_OneOcrPageWithConfidence()
    {
        var reader = Reader(fixture.RequireEngine());
        var content = OcrFixtures.Read(OcrFixtures.ArreteScanJpeg);

        var document = reader.Read(new DocumentInput("scans/arrete-2024-117.jpg", content), TestContext.Current.CancellationToken);

        Assert.Equal("image", document.Format);
        Assert.Equal(ContentHash.Sha256Hex(content), document.Sha256);
        var page = Assert.Single(document.Pages);
        Assert.Equal(1, page.Number);
        Assert.Equal(TextOrigin.Ocr, page.Origin);
        Assert.InRange(page.OcrConfidence!.Value, 70, 100);
        Assert.Contains("ARRÊTÉ", page.Text, StringComparison.Ordinal);
        Assert.Contains("Le Maire", page.Text, StringComparison.Ordinal);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Read_BilevelPng_ReadsText()
    {
        var reader = Reader(fixture.RequireEngine());

        var document = reader.Read(new DocumentInput("avis.png", OcrFixtures.Read(OcrFixtures.AvisScanPng)), TestContext.Current.CancellationToken);

        var page = Assert.Single(document.Pages);
        Assert.Contains("AVIS DE VACANCE D'EMPLOI", page.Text, StringComparison.Ordinal);
        Assert.Contains("3 juin 2024", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MultiPageTiff_OnePagePerTiffPageInOrder()
    {
        var reader = Reader(fixture.RequireEngine());

        var document = reader.Read(new DocumentInput("deux-pages.tif", OcrFixtures.Read(OcrFixtures.DeuxPagesTiff)), TestContext.Current.CancellationToken);

        Assert.Collection(
            document.Pages,
            first =>
            {
                Assert.Equal(1, first.Number);
                Assert.Equal(TextOrigin.Ocr, first.Origin);
                Assert.Contains("Page 1 sur 2", first.Text, StringComparison.Ordinal);
                Assert.Contains("ARRÊTÉ N° 2024-205", first.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("MARTIN", first.Text, StringComparison.Ordinal);
            },
            second =>
            {
                Assert.Equal(2, second.Number);
                Assert.Equal(TextOrigin.Ocr, second.Origin);
                Assert.Contains("Page 2 sur 2", second.Text, StringComparison.Ordinal);
                Assert.Contains("Julien MARTIN", second.Text, StringComparison.Ordinal);
                Assert.Contains("15 juillet 2024", second.Text, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void Read_BlankImage_ThrowsIllisibleInFrench()
    {
        var reader = Reader(fixture.RequireEngine());

        var error = Assert.Throws<DocumentReadException>(
            () => reader.Read(new DocumentInput("blanc.png", OcrFixtures.Read(OcrFixtures.PageBlanchePng)), TestContext.Current.CancellationToken));

        Assert.Equal(DocumentErrorCodes.Illisible, error.Code);
        Assert.StartsWith("Aucun texte lisible dans l'image blanc.png", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedPng_ThrowsFichierCorrompu()
    {
        var reader = Reader(fixture.RequireEngine());
        var png = OcrFixtures.Read(OcrFixtures.AvisScanPng);
        var truncated = png.AsSpan(0, png.Length / 3).ToArray();

        var error = Assert.Throws<DocumentReadException>(
            () => reader.Read(new DocumentInput("coupe.png", truncated), TestContext.Current.CancellationToken));

        Assert.Equal(DocumentErrorCodes.FichierCorrompu, error.Code);
        Assert.Contains("coupe.png est endommagée", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TiffWithBrokenPageChain_ThrowsFichierCorrompuWithoutOcr()
    {
        var reader = Reader(new OcrUnavailableEngine());
        byte[] tiff = [(byte)'I', (byte)'I', 42, 0, 0xF0, 0xFF, 0, 0, 1, 2, 3, 4];

        var error = Assert.Throws<DocumentReadException>(
            () => reader.Read(new DocumentInput("casse.tif", tiff), TestContext.Current.CancellationToken));

        Assert.Equal(DocumentErrorCodes.FichierCorrompu, error.Code);
    }

    [Fact]
    public void Read_TiffOverPageLimit_ThrowsTropDePages()
    {
        var reader = Reader(new OcrUnavailableEngine(), new DocumentsOptions { MaxPages = 1 });

        var error = Assert.Throws<DocumentReadException>(
            () => reader.Read(new DocumentInput("deux-pages.tif", OcrFixtures.Read(OcrFixtures.DeuxPagesTiff)), TestContext.Current.CancellationToken));

        Assert.Equal(DocumentErrorCodes.TropDePages, error.Code);
        Assert.Contains("2 pages", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OcrDisabled_ThrowsIllisible()
    {
        var reader = Reader(new OcrUnavailableEngine(), new DocumentsOptions { OcrEnabled = false });

        var error = Assert.Throws<DocumentReadException>(
            () => reader.Read(new DocumentInput("a.png", OcrFixtures.Read(OcrFixtures.AvisScanPng)), TestContext.Current.CancellationToken));

        Assert.Equal(DocumentErrorCodes.Illisible, error.Code);
        Assert.Contains("Documents:OcrEnabled", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TesseractDataMissing_ThrowsIllisibleWithReason()
    {
        var options = new DocumentsOptions { OcrTessdataPath = TestPaths.NewTempDirectory() };
        using var engine = new TesseractOcrEngine(Options.Create(options));
        var reader = Reader(engine, options);

        var error = Assert.Throws<DocumentReadException>(
            () => reader.Read(new DocumentInput("a.png", OcrFixtures.Read(OcrFixtures.AvisScanPng)), TestContext.Current.CancellationToken));

        Assert.Equal(DocumentErrorCodes.Illisible, error.Code);
        Assert.Contains("fra.traineddata", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ImageExtensionOnOtherContent_ThrowsFichierCorrompu()
    {
        var reader = Reader(new OcrUnavailableEngine());

        var error = Assert.Throws<DocumentReadException>(
            () => reader.Read(new DocumentInput("photo.jpg", "ceci n'est pas une photo"u8.ToArray()), TestContext.Current.CancellationToken));

        Assert.Equal(DocumentErrorCodes.FichierCorrompu, error.Code);
    }

    [Theory]
    [InlineData("scan.bin", OcrFixtures.AvisScanPng, true)]
    [InlineData("scan.dat", OcrFixtures.ArreteScanJpeg, true)]
    [InlineData("scan", OcrFixtures.DeuxPagesTiff, true)]
    public void CanRead_ImageSignature_TrueWhateverTheExtension(string source, string fixtureName, bool expected)
    {
        var reader = Reader(new OcrUnavailableEngine());

        Assert.Equal(expected, reader.CanRead(new DocumentInput(source, OcrFixtures.Read(fixtureName))));
    }

    [Theory]
    [InlineData("photo.JPEG", "texte", true)]
    [InlineData("arrete.png", "%PDF-1.7", false)]
    [InlineData("acte.tiff", "PK\u0003\u0004", false)]
    [InlineData("note.txt", "texte", false)]
    public void CanRead_NoImageSignature_DecidedByExtension(string source, string content, bool expected)
    {
        var reader = Reader(new OcrUnavailableEngine());

        Assert.Equal(expected, reader.CanRead(new DocumentInput(source, System.Text.Encoding.UTF8.GetBytes(content))));
    }

    private static ImageDocumentReader Reader(IOcrEngine engine, DocumentsOptions? options = null) =>
        new(engine, Options.Create(options ?? new DocumentsOptions()));
}
