using System.IO.Compression;
using System.Security;
using System.Text;

namespace Vigie.Documents.Tests.Support;

/// <summary>
/// Writes real OpenDocument text files (.odt) with System.IO.Compression: the "mimetype" entry stored first,
/// a manifest, and a content.xml holding headings, paragraphs, lists, tables and page-breaking styles.
/// </summary>
internal sealed class TestOdtBuilder
{
    private readonly StringBuilder _body = new();

    public TestOdtBuilder Heading(string text)
    {
        _body.Append("<text:h text:outline-level=\"1\">").Append(Escape(text)).Append("</text:h>");
        return this;
    }

    public TestOdtBuilder Paragraph(string text)
    {
        _body.Append("<text:p>").Append(Escape(text)).Append("</text:p>");
        return this;
    }

    /// <summary>A paragraph whose style starts a new page (fo:break-before="page").</summary>
    public TestOdtBuilder ParagraphOnNewPage(string text)
    {
        _body.Append("<text:p text:style-name=\"P1\">").Append(Escape(text)).Append("</text:p>");
        return this;
    }

    /// <summary>A paragraph with a span, a run of three spaces (text:s) and a tab.</summary>
    public TestOdtBuilder RichParagraph(string bold, string after)
    {
        _body.Append("<text:p><text:span>").Append(Escape(bold)).Append("</text:span><text:s text:c=\"3\"/>")
            .Append("<text:tab/>").Append(Escape(after)).Append("</text:p>");
        return this;
    }

    public TestOdtBuilder List(params string[] items)
    {
        _body.Append("<text:list>");
        foreach (var item in items)
        {
            _body.Append("<text:list-item><text:p>").Append(Escape(item)).Append("</text:p></text:list-item>");
        }

        _body.Append("</text:list>");
        return this;
    }

    public TestOdtBuilder Table(params string[][] rows)
    {
        _body.Append("<table:table>");
        foreach (var row in rows)
        {
            _body.Append("<table:table-row>");
            foreach (var cell in row)
            {
                _body.Append("<table:table-cell><text:p>").Append(Escape(cell)).Append("</text:p></table:table-cell>");
            }

            _body.Append("</table:table-row>");
        }

        _body.Append("</table:table>");
        return this;
    }

    public byte[] Build()
    {
        var content =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" +
            "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" " +
            "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" " +
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" " +
            "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" " +
            "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.3\">" +
            "<office:automatic-styles><style:style style:name=\"P1\" style:family=\"paragraph\">" +
            "<style:paragraph-properties fo:break-before=\"page\"/></style:style></office:automatic-styles>" +
            "<office:body><office:text>" + _body + "</office:text></office:body></office:document-content>";
        const string manifest =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" +
            "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">" +
            "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>" +
            "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>" +
            "</manifest:manifest>";

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "mimetype", "application/vnd.oasis.opendocument.text", CompressionLevel.NoCompression);
            Write(zip, "META-INF/manifest.xml", manifest, CompressionLevel.Optimal);
            Write(zip, "content.xml", content, CompressionLevel.Optimal);
        }

        return stream.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string text, CompressionLevel level)
    {
        using var entry = zip.CreateEntry(name, level).Open();
        entry.Write(Encoding.UTF8.GetBytes(text));
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}
