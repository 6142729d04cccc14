using System.IO.Compression;
using Vigie.Documents.Model;
using Vigie.Documents.Reading.Docx;
using Vigie.Documents.Tests.Support;

namespace Vigie.Documents.Tests;

public sealed class DocxDocumentReaderTests
{
    private readonly DocxDocumentReader _reader = new();

    [Fact]
    public void Read_Docx_ParagraphsTablesAndPageBreaksInOrder()
    {
        var docx = new TestDocxBuilder()
            .Paragraph("COMMUNE DE GRANVILLE")
            .Paragraph("ARRÊTÉ N° 2026-044 portant mise en disponibilité")
            .ParagraphWithTab("Article 1er :", "Mme Hélène GUÉRIN est placée en disponibilité.")
            .Table(["Grade", "Échelon", "IB/IM"], ["Rédacteur territorial", "5", "446/392"])
            .PageBreak()
            .Paragraph("Fait à Granville, le 15 février 2026")
            .Build();

        var document = _reader.Read(new DocumentInput("lot/acte.docx", docx), CancellationToken.None);

        Assert.Equal("docx", document.Format);
        Assert.Equal(2, document.Pages.Count);
        Assert.All(document.Pages, p => Assert.Equal(TextOrigin.Native, p.Origin));
        Assert.Equal(
            "COMMUNE DE GRANVILLE\nARRÊTÉ N° 2026-044 portant mise en disponibilité\nArticle 1er :\tMme Hélène GUÉRIN est placée en disponibilité.\n"
            + "Grade\tÉchelon\tIB/IM\nRédacteur territorial\t5\t446/392",
            document.Pages[0].Text);
        Assert.Equal("Fait à Granville, le 15 février 2026", document.Pages[1].Text);
    }

    [Fact]
    public void Read_DocxWithHeaderAndFooter_WritesThemOnEveryPageAsRunningLines()
    {
        var docx = new TestDocxBuilder()
            .Header("Mairie de Coutances - Ressources humaines")
            .Footer("Document interne")
            .Paragraph("Page une du contrat.")
            .PageBreak()
            .Paragraph("Page deux du contrat.")
            .Build();

        var document = _reader.Read(new DocumentInput("contrat.docx", docx), CancellationToken.None);

        Assert.Equal(2, document.Pages.Count);
        foreach (var page in document.Pages)
        {
            var marked = page.HeaderFooter.Select(s => page.Text[s.Start..s.End]).ToArray();
            Assert.Equal(["Mairie de Coutances - Ressources humaines", "Document interne"], marked);
        }

        Assert.Equal("Mairie de Coutances - Ressources humaines\nPage deux du contrat.\nDocument interne", document.Pages[1].Text);
    }

    [Fact]
    public void CanRead_DocxRenamedTxt_RecognisedBySignature()
    {
        var docx = new TestDocxBuilder().Paragraph("Texte.").Build();

        Assert.True(_reader.CanRead(new DocumentInput("mal-nomme.txt", docx)));
    }

    [Fact]
    public void Read_DamagedDocumentXml_ThrowsFichierCorrompu()
    {
        var zip = TestZip.Create(
            ("[Content_Types].xml", TestZip.Text("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")),
            ("word/document.xml", TestZip.Text("<w:document><w:body><w:p>coupé")));

        var error = Assert.Throws<DocumentReadException>(() => _reader.Read(new DocumentInput("abime.docx", zip), CancellationToken.None));

        Assert.Equal(DocumentErrorCodes.FichierCorrompu, error.Code);
    }

    [Fact]
    public void Read_TruncatedDocx_ThrowsFichierCorrompu()
    {
        var docx = new TestDocxBuilder().Paragraph("Un texte assez long pour la démonstration.").Build();

        var error = Assert.Throws<DocumentReadException>(() => _reader.Read(new DocumentInput("coupe.docx", docx[..(docx.Length / 2)]), CancellationToken.None));

        Assert.Equal(DocumentErrorCodes.FichierCorrompu, error.Code);
    }

    [Fact]
    public void Read_OldWordFileRenamedDocx_ThrowsFormatNonSupporte()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var error = Assert.Throws<DocumentReadException>(() => _reader.Read(new DocumentInput("ancien.docx", ole), CancellationToken.None));

        Assert.Equal(DocumentErrorCodes.FormatNonSupporte, error.Code);
        Assert.Contains("mot de passe", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DocxWithoutText_ThrowsIllisible()
    {
        var docx = new TestDocxBuilder().Paragraph(string.Empty).Build();

        var error = Assert.Throws<DocumentReadException>(() => _reader.Read(new DocumentInput("vide.docx", docx), CancellationToken.None));

        Assert.Equal(DocumentErrorCodes.Illisible, error.Code);
    }

    [Fact]
    public void CanRead_XlsxWorkbook_IsFalse()
    {
        var xlsx = TestZip.Create(("[Content_Types].xml", TestZip.Text("<Types/>")), ("xl/workbook.xml", TestZip.Text("<workbook/>")));

        Assert.False(_reader.CanRead(new DocumentInput("tableau.xlsx", xlsx)));
        Assert.True(ZipArchiveHasEntry(xlsx, "xl/workbook.xml"));
    }

    private static bool ZipArchiveHasEntry(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.GetEntry(name) is not null;
    }
}
