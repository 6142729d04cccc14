using Vigie.Documents.Model;
using Vigie.Documents.Reading.Odt;
using Vigie.Documents.Tests.Support;

namespace Vigie.Documents.Tests;

public sealed class OdtDocumentReaderTests
{
    private readonly OdtDocumentReader _reader = new();

    [Fact]
    public void Read_Odt_HeadingsParagraphsListsTablesAndPageBreaks()
    {
        var odt = new TestOdtBuilder()
            .Heading("CONTRAT À DURÉE DÉTERMINÉE")
            .Paragraph("Entre la Commune de Bréhal et M. Loïc HÉBERT,")
            .List("Vu le code général de la fonction publique ;", "Vu la délibération du 3 mars 2026 ;")
            .RichParagraph("Article 1 :", "durée de six mois.")
            .Table(["Emploi", "Catégorie"], ["Adjoint technique", "C"])
            .ParagraphOnNewPage("Fait à Bréhal, le 20 mars 2026")
            .Build();

        var input = new DocumentInput("lot/contrat.odt", odt);
        Assert.True(_reader.CanRead(input));
        var document = _reader.Read(input, CancellationToken.None);

        Assert.Equal("odt", document.Format);
        Assert.Equal(2, document.Pages.Count);
        Assert.Equal(
            "CONTRAT À DURÉE DÉTERMINÉE\nEntre la Commune de Bréhal et M. Loïc HÉBERT,\nVu le code général de la fonction publique ;\n"
            + "Vu la délibération du 3 mars 2026 ;\nArticle 1 :   \tdurée de six mois.\nEmploi\tCatégorie\nAdjoint technique\tC",
            document.Pages[0].Text);
        Assert.Equal("Fait à Bréhal, le 20 mars 2026", document.Pages[1].Text);
        Assert.All(document.Pages, p => Assert.Equal(TextOrigin.Native, p.Origin));
    }

    [Fact]
    public void CanRead_ZipWithoutOdtMimeType_IsFalse()
    {
        var zip = TestZip.Create(("mimetype", TestZip.Text("application/vnd.oasis.opendocument.spreadsheet")), ("content.xml", TestZip.Text("<x/>")));

        Assert.False(_reader.CanRead(new DocumentInput("classeur.odt", zip)));
    }

    [Fact]
    public void Read_MalformedContentXml_ThrowsFichierCorrompu()
    {
        var zip = TestZip.Create(("mimetype", TestZip.Text("application/vnd.oasis.opendocument.text")), ("content.xml", TestZip.Text("<office:document-content><text:p>")));

        var error = Assert.Throws<DocumentReadException>(() => _reader.Read(new DocumentInput("abime.odt", zip), CancellationToken.None));

        Assert.Equal(DocumentErrorCodes.FichierCorrompu, error.Code);
    }

    [Fact]
    public void Read_ContentXmlWithDoctype_IsRefusedNotExpanded()
    {
        const string billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
            + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">&lol2;</office:document-content>";
        var zip = TestZip.Create(("mimetype", TestZip.Text("application/vnd.oasis.opendocument.text")), ("content.xml", TestZip.Text(billionLaughs)));

        var error = Assert.Throws<DocumentReadException>(() => _reader.Read(new DocumentInput("entites.odt", zip), CancellationToken.None));

        Assert.Equal(DocumentErrorCodes.FichierCorrompu, error.Code);
    }
}
