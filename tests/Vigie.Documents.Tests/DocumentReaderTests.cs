using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vigie.Documents.Inputs;
using Vigie.Documents.Model;
using Vigie.Documents.Ocr;
using Vigie.Documents.Reading;
using Vigie.Documents.Reading.Pdf;
using Vigie.Documents.Reading.Text;
using Vigie.Documents.Splitting;
using Vigie.Documents.Tests.Support;

namespace Vigie.Documents.Tests;

public sealed class DocumentReaderTests
{
    [Fact]
    public void Read_ZeroBytes_ThrowsFichierVide()
    {
        var error = Assert.Throws<DocumentReadException>(() => TestDocuments.Reader().Read(new DocumentInput("vide.pdf", []), TestContext.Current.CancellationToken));

        Assert.Equal(DocumentErrorCodes.FichierVide, error.Code);
    }

    [Fact]
    public void Read_ExecutableRenamedPdfOrTxt_ThrowsFormatNonSupporte()
    {
        byte[] exe = [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

        var asExe = Assert.Throws<DocumentReadException>(() => TestDocuments.Reader().Read(new DocumentInput("setup.exe", exe), TestContext.Current.CancellationToken));
        var asTxt = Assert.Throws<DocumentReadException>(() => TestDocuments.Reader().Read(new DocumentInput("setup.txt", exe), TestContext.Current.CancellationToken));

        Assert.Equal(DocumentErrorCodes.FormatNonSupporte, asExe.Code);
        Assert.Contains("(.exe)", asExe.Message, StringComparison.Ordinal);
        Assert.Equal(DocumentErrorCodes.FormatNonSupporte, asTxt.Code);
    }

    [Fact]
    public void Read_Xlsx_ThrowsFormatNonSupporte()
    {
        var xlsx = TestZip.Create(("[Content_Types].xml", TestZip.Text("<Types/>")), ("xl/workbook.xml", TestZip.Text("<workbook/>")));

        var error = Assert.Throws<DocumentReadException>(() => TestDocuments.Reader().Read(new DocumentInput("effectifs.xlsx", xlsx), TestContext.Current.CancellationToken));

        Assert.Equal(DocumentErrorCodes.FormatNonSupporte, error.Code);
        Assert.Contains(".xlsx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PdfNamedTxt_ReadAsPdf()
    {
        var pdf = new TestPdfBuilder().Page("Texte d'un PDF mal nommé, lu quand même.").Build();

        var document = TestDocuments.Reader().Read(new DocumentInput("mal-nomme.txt", pdf), TestContext.Current.CancellationToken);

        Assert.Equal("pdf", document.Format);
        Assert.Equal("Texte d'un PDF mal nommé, lu quand même.", document.Pages[0].Text);
    }

    [Fact]
    public void AddVigieDocuments_ResolvesReadersCollectorSplitterAndBindsOptions()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Documents:MaxPages"] = "42" })
            .Build();
        using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddVigieDocuments()
            .BuildServiceProvider();

        var readers = provider.GetServices<IDocumentReader>().ToArray();

        Assert.IsType<PdfDocumentReader>(readers[0]);
        Assert.IsType<TextDocumentReader>(readers[^1]);
        Assert.Equal(["pdf", "docx", "odt", "txt"], readers.Select(r => r.Format));
        Assert.NotNull(provider.GetRequiredService<DocumentReader>());
        Assert.NotNull(provider.GetRequiredService<InputCollector>());
        Assert.IsType<ActSplitter>(provider.GetRequiredService<IActSplitter>());
        Assert.Equal(42, provider.GetRequiredService<IOptions<DocumentsOptions>>().Value.MaxPages);
    }

    [Fact]
    public void AddVigieDocuments_OcrServicesRegistered_PdfReaderUsesThemForScannedPages()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<IOcrEngine>(new ConstantOcrEngine())
            .AddSingleton<IPdfPageRasterizer>(new ConstantRasterizer())
            .AddVigieDocuments()
            .BuildServiceProvider();
        var pdf = new TestPdfBuilder().ImagePage(TestPng.Bars()).Build();

        var document = provider.GetRequiredService<DocumentReader>().Read(new DocumentInput("scan.pdf", pdf), TestContext.Current.CancellationToken);

        Assert.Equal(TextOrigin.Ocr, document.Pages[0].Origin);
        Assert.Equal(88, document.Pages[0].OcrConfidence);
        Assert.Equal("ARRÊTÉ N° 2026-300 portant nomination stagiaire", document.Pages[0].Text);
    }

    [Fact]
    public void AddVigieDocuments_InvalidSetting_FailsWithItsName()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Documents:MaxPages"] = "0" })
            .Build();
        using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddVigieDocuments()
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DocumentsOptions>>().Value);

        Assert.Contains("MaxPages", error.Message, StringComparison.Ordinal);
    }

    private sealed class ConstantOcrEngine : IOcrEngine
    {
        public bool IsAvailable => true;

        public string? UnavailableReason => null;

        public OcrPageResult Recognize(byte[] image, CancellationToken cancellationToken) => new("ARRÊTÉ N° 2026-300 portant nomination stagiaire", 88);
    }

    private sealed class ConstantRasterizer : IPdfPageRasterizer
    {
        public byte[]? Render(byte[] pdf, int pageNumber, int dpi, CancellationToken cancellationToken) => TestPng.Bars();
    }
}
