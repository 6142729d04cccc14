using Microsoft.Extensions.Options;
using Vigie.Documents.Model;
using Vigie.Documents.Ocr;
using Vigie.Tests.Shared;

namespace Vigie.Documents.Tests;

public sealed class OcrEngineTests(OcrEngineFixture fixture)
{
    [Fact]
    public void Recognize_ScannedArrete_ReadsFrenchTextWithConfidence()
    {
        var engine = fixture.RequireEngine();

        var result = engine.Recognize(OcrFixtures.Read(OcrFixtures.ArreteScanJpeg), TestContext.Current.CancellationToken);

        Assert.Contains("ARRÊTÉ N° 2024-117", result.Text, StringComparison.Ordinal);
        Assert.Contains("Le Maire de la commune", result.Text, StringComparison.Ordinal);
        Assert.Contains("Claire DUBOIS", result.Text, StringComparison.Ordinal);
        Assert.Contains("12 février 2024", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", result.Text, StringComparison.Ordinal);
        Assert.InRange(result.Confidence, 70, 100);
    }

    [Fact]
    public void Recognize_BlankPage_GivesNoTextAndNoConfidence()
    {
        var engine = fixture.RequireEngine();

        var result = engine.Recognize(OcrFixtures.Read(OcrFixtures.PageBlanchePng), TestContext.Current.CancellationToken);

        Assert.Equal(string.Empty, result.Text.Trim());
        Assert.False(OcrReadability.IsReadable(result, 60));
    }

    [Fact]
    public void Recognize_BytesThatAreNoImage_ThrowsFichierCorrompu()
    {
        var engine = fixture.RequireEngine();

        var error = Assert.Throws<DocumentReadException>(
            () => engine.Recognize("pas une image du tout"u8.ToArray(), TestContext.Current.CancellationToken));

        Assert.Equal(DocumentErrorCodes.FichierCorrompu, error.Code);
        Assert.Contains("endommagée", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_SmallFileDeclaringAHugeImage_ThrowsTropVolumineuxBeforeDecoding()
    {
        var engine = fixture.RequireEngine();
        // A complete PNG (IHDR, empty IDAT, IEND) declaring 20,000 × 20,000 pixels: 400 million, 50 MB once decoded at 1 bit.
        byte[] png =
        [
            0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A,
            0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0x4E, 0x20, 0, 0, 0x4E, 0x20, 1, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, (byte)'I', (byte)'D', (byte)'A', (byte)'T', 0, 0, 0, 0,
            0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82,
        ];

        var error = Assert.Throws<DocumentReadException>(() => engine.Recognize(png, TestContext.Current.CancellationToken));

        Assert.Equal(DocumentErrorCodes.TropVolumineux, error.Code);
        Assert.Contains("20000 × 20000 pixels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_CancelledDuringPage_ThrowsAndEngineStaysUsable()
    {
        var engine = fixture.RequireEngine();
        var image = OcrFixtures.Read(OcrFixtures.AvisScanPng);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            // Several pages, so that the cancellation lands inside a recognition whatever the machine's speed.
            for (var i = 0; i < 20; i++)
            {
                engine.Recognize(image, cancellation.Token);
            }
        });
        var after = engine.Recognize(image, TestContext.Current.CancellationToken);

        Assert.Contains("AVIS DE VACANCE", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_ConcurrentCallers_EachGetTheirOwnPageText()
    {
        var engine = fixture.RequireEngine();
        var images = new[] { OcrFixtures.AvisScanPng, OcrFixtures.DeuxPagesTiff, OcrFixtures.AvisScanPng, OcrFixtures.DeuxPagesTiff }
            .Select(OcrFixtures.Read)
            .ToArray();

        var results = new OcrPageResult[images.Length];
        Parallel.For(0, images.Length, i => results[i] = engine.Recognize(images[i], TestContext.Current.CancellationToken));

        Assert.All(results.Where((_, i) => i % 2 == 0), r => Assert.Contains("Villeurbanne", r.Text, StringComparison.Ordinal));
        // A TIFF given whole is read from its first page only.
        Assert.All(results.Where((_, i) => i % 2 == 1), r =>
        {
            Assert.Contains("2024-205", r.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("MARTIN", r.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void IsAvailable_LanguageDataMissing_FalseWithFrenchReason()
    {
        var emptyFolder = TestPaths.NewTempDirectory();
        using var engine = new TesseractOcrEngine(Options.Create(new DocumentsOptions { OcrTessdataPath = emptyFolder }));

        Assert.False(engine.IsAvailable);
        Assert.Contains("fra.traineddata", engine.UnavailableReason, StringComparison.Ordinal);
        Assert.Contains("Documents:OcrTessdataPath", engine.UnavailableReason, StringComparison.Ordinal);
        var error = Assert.Throws<DocumentReadException>(() => engine.Recognize([1, 2, 3], TestContext.Current.CancellationToken));
        Assert.Equal(DocumentErrorCodes.Illisible, error.Code);
    }

    [Fact]
    public void IsAvailable_OcrDisabled_FalseWithFrenchReason()
    {
        using var engine = new TesseractOcrEngine(Options.Create(new DocumentsOptions { OcrEnabled = false }));

        Assert.False(engine.IsAvailable);
        Assert.Contains("désactivée", engine.UnavailableReason, StringComparison.Ordinal);
    }

    [Fact]
    public void IsAvailable_LanguageSettingNotALanguage_FalseWithFrenchReason()
    {
        using var engine = new TesseractOcrEngine(Options.Create(new DocumentsOptions { OcrLanguage = "../../etc/passwd" }));

        Assert.False(engine.IsAvailable);
        Assert.Contains("Documents:OcrLanguage", engine.UnavailableReason, StringComparison.Ordinal);
    }
}
