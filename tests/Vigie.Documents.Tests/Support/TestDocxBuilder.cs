using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Vigie.Documents.Tests.Support;

/// <summary>Writes real Word documents (.docx) with the Open XML SDK: paragraphs, tables, page breaks, header and footer.</summary>
internal sealed class TestDocxBuilder
{
    private readonly List<OpenXmlElement> _blocks = [];
    private string? _header;
    private string? _footer;

    public TestDocxBuilder Paragraph(string text)
    {
        _blocks.Add(new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    /// <summary>A paragraph in two runs with a tab between them, as Word writes "Article 1 :→text".</summary>
    public TestDocxBuilder ParagraphWithTab(string before, string after)
    {
        _blocks.Add(new Paragraph(new Run(new Text(before)), new Run(new TabChar()), new Run(new Text(after))));
        return this;
    }

    public TestDocxBuilder PageBreak()
    {
        _blocks.Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        return this;
    }

    public TestDocxBuilder Table(params string[][] rows)
    {
        var table = new Table();
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell)))))));
        }

        _blocks.Add(table);
        return this;
    }

    public TestDocxBuilder Header(string text)
    {
        _header = text;
        return this;
    }

    public TestDocxBuilder Footer(string text)
    {
        _footer = text;
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var block in _blocks)
            {
                body.Append(block.CloneNode(true));
            }

            var section = new SectionProperties();
            if (_header is not null)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new Header(new Paragraph(new Run(new Text(_header))));
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }

            if (_footer is not null)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = new Footer(new Paragraph(new Run(new Text(_footer))));
                section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }

            body.Append(section);
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }
}
