using Vigie.Documents.Model;
using Vigie.Documents.Ocr;
using Vigie.Documents.Reading.Pdf;
using Vigie.Documents.Tests.Support;

namespace Vigie.Documents.Tests;

public sealed class PdfDocumentReaderTests
{
    [Fact]
    public void Read_MultiPagePdf_KeepsPagesAccentsAndReadingOrder()
    {
        var pdf = new TestPdfBuilder()
            .Page(SampleActs.AvancementEchelonPage1("2026-012", "Mme Claire DUPONT"))
            .Page(SampleActs.AvancementEchelonPage2())
            .Build();

        var document = Read(pdf);

        Assert.Equal("pdf", document.Format);
        Assert.Equal(ContentHash.Sha256Hex(pdf), document.Sha256);
        Assert.Equal([1, 2], document.Pages.Select(p => p.Number));
        Assert.All(document.Pages, p => Assert.Equal(TextOrigin.TextLayer, p.Origin));
        var first = document.Pages[0].Text.Split('\n');
        Assert.Equal("RÉPUBLIQUE FRANÇAISE", first[0]);
        Assert.Contains("ARRÊTÉ N° 2026-012", first);
        Assert.Contains("Article 2 : L'intéressé(e) percevra le traitement afférent à l'indice brut 396, indice majoré 374.", first);
        Assert.True(
            document.Pages[0].Text.IndexOf("Vu le code", StringComparison.Ordinal) < document.Pages[0].Text.IndexOf("Article 1er", StringComparison.Ordinal),
            "Les lignes doivent suivre l'ordre de lecture, de haut en bas.");
        Assert.StartsWith("Article 3 : Le Directeur général des services", document.Pages[1].Text, StringComparison.Ordinal);
        Assert.Contains("Fait à Saint-Pair-sur-Mer, le 12 février 2026", document.Pages[1].Text, StringComparison.Ordinal);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Read_RunningHeaderAndFooter_AreMarkedButKeptInText()
    {
        var pdf = new TestPdfBuilder()
            .RunningHeader("Mairie de Saint-Pair-sur-Mer - Service des ressources humaines")
            .RunningFooter("Page {page}/{pages}")
            .Page("Premier paragraphe du contrat, page une.", "Suite du texte de la page une.")
            .Page("Article 4 : la période d'essai est fixée à un mois.", "Suite du texte de la page deux.")
            .Page("Fait à Saint-Pair-sur-Mer, le 20 mars 2026", "Le Maire,")
            .Build();

        var document = Read(pdf);

        foreach (var page in document.Pages)
        {
            var marked = page.HeaderFooter.Select(s => page.Text[s.Start..s.End]).ToArray();
            Assert.Contains("Mairie de Saint-Pair-sur-Mer - Service des ressources humaines", marked);
            Assert.Contains($"Page {page.Number}/3", marked);
            Assert.DoesNotContain(marked, m => m.Contains("paragraphe", StringComparison.Ordinal) || m.Contains("Article", StringComparison.Ordinal));
            Assert.StartsWith("Mairie de Saint-Pair-sur-Mer", page.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_BundleOfActs_ActTitlesAreNeverRunningLines()
    {
        var builder = new TestPdfBuilder();
        for (var i = 1; i <= 3; i++)
        {
            builder.Page(SampleActs.AvancementEchelon($"2026-0{i}", $"M. Agent{i} TEST"));
        }

        var document = Read(builder.Build());

        Assert.All(document.Pages, page =>
        {
            var marked = page.HeaderFooter.Select(s => page.Text[s.Start..s.End]).ToArray();
            Assert.DoesNotContain(marked, m => m.StartsWith("ARRÊTÉ", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Read_PasswordProtectedPdf_ThrowsPdfChiffre()
    {
        var bytes = File.ReadAllBytes(TestDocuments.FixturePath("chiffre-mot-de-passe.pdf"));

        var error = Assert.Throws<DocumentReadException>(() => Read(bytes));

        Assert.Equal(DocumentErrorCodes.PdfChiffre, error.Code);
        Assert.Contains("mot de passe", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OwnerPasswordOnly_ReadsText()
    {
        var bytes = File.ReadAllBytes(TestDocuments.FixturePath("chiffre-proprietaire-seul.pdf"));

        var document = Read(bytes);

        Assert.Contains("ARRETE N 2026-001", document.Pages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedPdf_ThrowsFichierCorrompu()
    {
        var pdf = new TestPdfBuilder().Page("Un texte quelconque sur la page.").Page("Une seconde page.").Build();

        var error = Assert.Throws<DocumentReadException>(() => Read(pdf[..(pdf.Length / 2)]));

        Assert.Equal(DocumentErrorCodes.FichierCorrompu, error.Code);
        Assert.Contains("tronqué", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GarbageAfterPdfHeader_ThrowsFichierCorrompu()
    {
        var bytes = "%PDF-1.7\n"u8.ToArray().Concat(Enumerable.Range(0, 4000).Select(i => (byte)((i * 7919) % 251))).Concat("\n%%EOF\n"u8.ToArray()).ToArray();

        var error = Assert.Throws<DocumentReadException>(() => Read(bytes));

        Assert.Equal(DocumentErrorCodes.FichierCorrompu, error.Code);
    }

    [Fact]
    public void Read_NotAPdfButNamedPdf_ThrowsFichierCorrompu()
    {
        var reader = new PdfDocumentReader(TestDocuments.Options());
        var input = new DocumentInput("lot/faux.pdf", "Ceci n'est pas un PDF."u8.ToArray());

        Assert.True(reader.CanRead(input));
        var error = Assert.Throws<DocumentReadException>(() => reader.Read(input, CancellationToken.None));
        Assert.Equal(DocumentErrorCodes.FichierCorrompu, error.Code);
    }

    [Fact]
    public void Read_MorePagesThanAllowed_ThrowsTropDePages()
    {
        var pdf = new TestPdfBuilder().Page("Page une, avec du texte.").Page("Page deux, avec du texte.").Page("Page trois, avec du texte.").Build();

        var error = Assert.Throws<DocumentReadException>(() => Read(pdf, o => o.MaxPages = 2));

        Assert.Equal(DocumentErrorCodes.TropDePages, error.Code);
        Assert.Contains("3 pages", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ScannedPageWithoutOcr_PageHasNoTextAndDocumentWarns()
    {
        var pdf = new TestPdfBuilder()
            .Page(SampleActs.AvancementEchelonPage1("2026-020", "M. Paul LEROY"))
            .ImagePage(TestPng.Bars())
            .Build();

        var document = Read(pdf);

        Assert.Equal(TextOrigin.TextLayer, document.Pages[0].Origin);
        Assert.Equal(TextOrigin.None, document.Pages[1].Origin);
        Assert.Equal(string.Empty, document.Pages[1].Text);
        var warning = Assert.Single(document.Warnings);
        Assert.StartsWith("Page 2 :", warning, StringComparison.Ordinal);
        Assert.Contains("OCR", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OnlyScannedPagesWithoutOcr_ThrowsIllisible()
    {
        var pdf = new TestPdfBuilder().ImagePage(TestPng.Bars()).ImagePage(TestPng.Bars()).Build();

        var error = Assert.Throws<DocumentReadException>(() => Read(pdf));

        Assert.Equal(DocumentErrorCodes.Illisible, error.Code);
        Assert.Contains("OCR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ScannedPageWithOcr_UsesOcrTextAndConfidence()
    {
        var pdf = new TestPdfBuilder()
            .Page(SampleActs.AvancementEchelonPage1("2026-021", "Mme Anne PETIT"))
            .ImagePage(TestPng.Bars())
            .Build();
        var rasterizer = new RecordingRasterizer();
        var ocr = new FixedOcrEngine("Fait à Granville, le 3 mars 2026\r\nLe Maire,\r\n", 71.26);
        var reader = new PdfDocumentReader(TestDocuments.Options(), rasterizer, ocr);

        var document = reader.Read(new DocumentInput("scan.pdf", pdf), CancellationToken.None);

        Assert.Equal([2], rasterizer.Pages);
        Assert.Equal(300, rasterizer.Dpi);
        Assert.Equal(TextOrigin.Ocr, document.Pages[1].Origin);
        Assert.Equal(71.3, document.Pages[1].OcrConfidence);
        Assert.Equal("Fait à Granville, le 3 mars 2026\nLe Maire,", document.Pages[1].Text);
        Assert.Null(document.Pages[0].OcrConfidence);
        Assert.Contains(document.Warnings, w => w.Contains("Page 2 lue par OCR", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_OcrWithLowConfidence_WarnsToCheck()
    {
        var pdf = new TestPdfBuilder().ImagePage(TestPng.Bars()).Build();
        var reader = new PdfDocumentReader(TestDocuments.Options(), new RecordingRasterizer(), new FixedOcrEngine("ARRETE N0 12 portant nomination", 41));

        var document = reader.Read(new DocumentInput("scan.pdf", pdf), CancellationToken.None);

        Assert.Equal(TextOrigin.Ocr, document.Pages[0].Origin);
        Assert.Contains(document.Warnings, w => w.Contains("confiance faible", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_OcrInstalledButUnavailable_ReportsItsReason()
    {
        var pdf = new TestPdfBuilder().Page("Un texte suffisant pour la première page du document.").ImagePage(TestPng.Bars()).Build();
        var reader = new PdfDocumentReader(TestDocuments.Options(), new RecordingRasterizer(), new FixedOcrEngine(string.Empty, 0, available: false));

        var document = reader.Read(new DocumentInput("scan.pdf", pdf), CancellationToken.None);

        Assert.Equal(TextOrigin.None, document.Pages[1].Origin);
        Assert.Contains(document.Warnings, w => w.Contains("langue fra absente", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BlankPage_KeptEmptyWithWarning()
    {
        var pdf = new TestPdfBuilder().Page("Une page avec assez de texte pour être lue.").BlankPage().Build();

        var document = Read(pdf);

        Assert.Equal(2, document.Pages.Count);
        Assert.Equal(TextOrigin.None, document.Pages[1].Origin);
        Assert.Contains("Page 2 : page blanche.", document.Warnings);
    }

    private static DocumentContent Read(byte[] pdf, Action<DocumentsOptions>? configure = null) =>
        new PdfDocumentReader(TestDocuments.Options(configure)).Read(new DocumentInput("lot/acte.pdf", pdf), CancellationToken.None);

    private sealed class RecordingRasterizer : IPdfPageRasterizer
    {
        public List<int> Pages { get; } = [];

        public int Dpi { get; private set; }

        public byte[]? Render(byte[] pdf, int pageNumber, int dpi, CancellationToken cancellationToken)
        {
            Pages.Add(pageNumber);
            Dpi = dpi;
            return TestPng.Bars();
        }
    }

    private sealed class FixedOcrEngine(string text, double confidence, bool available = true) : IOcrEngine
    {
        public bool IsAvailable => available;

        public string? UnavailableReason => available ? null : "langue fra absente";

        public OcrPageResult Recognize(byte[] image, CancellationToken cancellationToken) => new(text, confidence);
    }
}
