using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Vigie.Documents.Model;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Vigie.Documents.Reading.Docx;

/// <summary>
/// Reads Word documents (.docx) with the Open XML SDK: body paragraphs and tables in order, a new page at
/// each page break (explicit, "page break before", or as last rendered by Word), the running header and
/// footer written on every page and marked as such.
/// </summary>
public sealed class DocxDocumentReader : IDocumentReader
{
    // A document.xml beyond this is no letter or act: refuse it rather than expand it in memory.
    private const long MaxCharactersInPart = 32L * 1024 * 1024;

    public string Format => "docx";

    public bool CanRead(DocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ContentSignature.ZipHasEntry(input.Content, "word/document.xml")
            || (input.Extension == ".docx" && !ContentSignature.IsZip(input.Content) && !ContentSignature.IsPdf(input.Content));
    }

    public DocumentContent Read(DocumentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ContentSignature.IsZip(input.Content))
        {
            throw NotADocx(input.Content);
        }

        IReadOnlyList<string> bodies;
        (string? Default, string? First, bool TitlePage) headers;
        (string? Default, string? First, bool TitlePage) footers;
        try
        {
            using var document = WordprocessingDocument.Open(
                new MemoryStream(input.Content, writable: false),
                isEditable: false,
                new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var main = document.MainDocumentPart ?? throw Corrupt();
            var body = main.Document?.Body ?? throw Corrupt();
            var builder = new PagedTextBuilder();
            foreach (var element in body.ChildElements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                WriteBlock(element, builder);
            }

            bodies = builder.Finish();
            var section = body.Elements<SectionProperties>().LastOrDefault();
            var titlePage = section?.GetFirstChild<TitlePage>() is { } title && (title.Val is null || title.Val.Value);
            headers = (PartText<HeaderReference>(main, section, HeaderFooterValues.Default), PartText<HeaderReference>(main, section, HeaderFooterValues.First), titlePage);
            footers = (PartText<FooterReference>(main, section, HeaderFooterValues.Default), PartText<FooterReference>(main, section, HeaderFooterValues.First), titlePage);
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
            throw new DocumentReadException(DocumentErrorCodes.Illisible, "Le document Word ne contient aucun texte dans son corps.");
        }

        var pages = new DocumentPage[bodies.Count];
        for (var i = 0; i < bodies.Count; i++)
        {
            var first = i == 0 && headers.TitlePage;
            pages[i] = NativePageComposer.Compose(
                i + 1,
                first ? headers.First : headers.Default,
                bodies[i],
                first ? footers.First : footers.Default);
        }

        return new DocumentContent(input.Source, ContentHash.Sha256Hex(input.Content), Format, pages);
    }

    private static void WriteBlock(OpenXmlElement element, PagedTextBuilder builder)
    {
        switch (element)
        {
            case Paragraph paragraph:
                WriteParagraph(paragraph, builder);
                break;
            case Table table:
                WriteTable(table, builder);
                break;
            case SdtBlock or SdtContentBlock or CustomXmlBlock:
                // Content controls and custom XML wrap ordinary paragraphs and tables.
                foreach (var child in element.ChildElements)
                {
                    WriteBlock(child, builder);
                }

                break;
        }
    }

    private static void WriteParagraph(Paragraph paragraph, PagedTextBuilder builder)
    {
        if (paragraph.ParagraphProperties?.PageBreakBefore is { } before && (before.Val is null || before.Val.Value))
        {
            builder.BreakPage();
        }

        builder.StartParagraph();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case WordText text:
                    builder.Append(text.Text);
                    break;
                case TabChar:
                    builder.Append('\t');
                    break;
                case Break br when br.Type?.Value == BreakValues.Page:
                    builder.BreakPage();
                    break;
                case LastRenderedPageBreak:
                    builder.BreakPage();
                    break;
                case Break br when br.Type?.Value == BreakValues.Column:
                    builder.Append(' ');
                    break;
                case Break or CarriageReturn:
                    builder.Append('\n');
                    break;
                case NoBreakHyphen:
                    builder.Append('-');
                    break;
            }
        }
    }

    /// <summary>One line per row, cells separated by tabs.</summary>
    private static void WriteTable(Table table, PagedTextBuilder builder)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = row.Elements<TableCell>().Select(CellText).ToArray();
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            builder.StartParagraph();
            builder.Append(string.Join('\t', cells));
        }
    }

    private static string CellText(TableCell cell) =>
        string.Join(' ', cell.Descendants<Paragraph>().Select(InlineText).Where(t => t.Length > 0));

    private static string InlineText(OpenXmlElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Descendants())
        {
            switch (node)
            {
                case WordText t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append(' ');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }

        return text.ToString().Trim();
    }

    private static string? PartText<TReference>(MainDocumentPart main, SectionProperties? section, HeaderFooterValues type)
        where TReference : HeaderFooterReferenceType
    {
        var reference = section?.Elements<TReference>().FirstOrDefault(r => (r.Type?.Value ?? HeaderFooterValues.Default) == type);
        if (reference?.Id?.Value is not { } id || !main.TryGetPartById(id, out var part))
        {
            return null;
        }

        OpenXmlElement? root = part switch
        {
            HeaderPart header => header.Header,
            FooterPart footer => footer.Footer,
            _ => null,
        };
        if (root is null)
        {
            return null;
        }

        var lines = root.Descendants<Paragraph>().Select(InlineText).Where(t => t.Length > 0).ToArray();
        return lines.Length == 0 ? null : string.Join('\n', lines);
    }

    private static DocumentReadException NotADocx(byte[] content) => ContentSignature.IsKnownBinary(content)
        ? new DocumentReadException(
            DocumentErrorCodes.FormatNonSupporte,
            "Ce fichier .docx n'est pas au format Word moderne : il est soit protégé par un mot de passe, soit un ancien .doc renommé. Enregistrez-le au format .docx sans mot de passe, ou en PDF.")
        : Corrupt();

    private static DocumentReadException Corrupt() => new(
        DocumentErrorCodes.FichierCorrompu,
        "Le document Word (.docx) est endommagé et ne peut pas être lu. Réenregistrez-le ou demandez une nouvelle copie.");
}
