using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Vigie.Documents.Model;

namespace Vigie.Documents.Reading.Odt;

/// <summary>
/// Reads OpenDocument text files (.odt) from their content.xml: headings, paragraphs, lists and tables in
/// order; a new page where a paragraph style breaks the page (fo:break-before/after) or where the office
/// suite recorded a page break when it saved the file (text:soft-page-break).
/// </summary>
public sealed class OdtDocumentReader : IDocumentReader
{
    private const string OdtMimeType = "application/vnd.oasis.opendocument.text";
    private const long MaxXmlBytes = 64L * 1024 * 1024;

    public string Format => "odt";

    public bool CanRead(DocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (ContentSignature.IsZip(input.Content))
        {
            return IsOdtPackage(input.Content);
        }

        return input.Extension == ".odt" && !ContentSignature.IsPdf(input.Content);
    }

    public DocumentContent Read(DocumentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ContentSignature.IsZip(input.Content))
        {
            throw Corrupt();
        }

        IReadOnlyList<string> bodies;
        try
        {
            using var archive = new ZipArchive(new MemoryStream(input.Content, writable: false), ZipArchiveMode.Read);
            var content = Load(archive, "content.xml") ?? throw Corrupt();
            var styles = new OdtPageBreakStyles();
            if (Load(archive, "styles.xml") is { } stylesXml)
            {
                styles.AddFrom(stylesXml);
            }

            styles.AddFrom(content);
            var text = content.Root?.Element(OdtNames.Office + "body")?.Element(OdtNames.Office + "text") ?? throw Corrupt();
            var builder = new PagedTextBuilder();
            var walker = new OdtTextWalker(styles, builder);
            foreach (var element in text.Elements())
            {
                cancellationToken.ThrowIfCancellationRequested();
                walker.WriteBlock(element);
            }

            bodies = builder.Finish();
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            throw Corrupt();
        }

        if (bodies.All(string.IsNullOrWhiteSpace))
        {
            throw new DocumentReadException(DocumentErrorCodes.Illisible, "Le document OpenDocument ne contient aucun texte.");
        }

        var pages = bodies.Select((body, i) => new DocumentPage(i + 1, body, TextOrigin.Native)).ToArray();
        return new DocumentContent(input.Source, ContentHash.Sha256Hex(input.Content), Format, pages);
    }

    private static bool IsOdtPackage(byte[] content)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var mimetype = BoundedZipEntry.Read(archive, "mimetype", 256);
            return mimetype is not null && Encoding.ASCII.GetString(mimetype).Trim() == OdtMimeType;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    private static XDocument? Load(ZipArchive archive, string name)
    {
        var bytes = BoundedZipEntry.Read(archive, name, MaxXmlBytes);
        if (bytes is null)
        {
            return null;
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    private static DocumentReadException Corrupt() => new(
        DocumentErrorCodes.FichierCorrompu,
        "Le document OpenDocument (.odt) est endommagé et ne peut pas être lu. Réenregistrez-le ou demandez une nouvelle copie.");
}
