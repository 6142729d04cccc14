using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Vigie.Acts.Corpus.Generation;

namespace Vigie.Acts.Corpus.Rendering;

/// <summary>
/// Renders one act to DOCX with DocumentFormat.OpenXml: styled paragraphs, the SIRH key–value block as a two-column
/// table (as SIRH exports do), the signature indented on the right.
/// </summary>
public sealed class DocxActRenderer
{
    public byte[] Render(LaidOutAct act)
    {
        ArgumentNullException.ThrowIfNull(act);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            Table? table = null;
            foreach (var block in act.Blocks)
            {
                if (block.Kind == BlockKind.KeyValue)
                {
                    if (table is null)
                    {
                        table = NewTable();
                        body.Append(table);
                    }

                    table.Append(new TableRow(Cell(block.Text, true), Cell(block.Value ?? string.Empty, false)));
                    continue;
                }

                table = null;
                body.Append(Paragraph(block));
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1276, Right = 1276 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(Block block)
    {
        var properties = new ParagraphProperties();
        var runProperties = new RunProperties();
        switch (block.Kind)
        {
            case BlockKind.Title:
            case BlockKind.Centered:
                properties.Append(new Justification { Val = JustificationValues.Center });
                break;
            case BlockKind.Signature:
                properties.Append(new Indentation { Left = "5000" });
                break;
            case BlockKind.Paragraph:
                properties.Append(new Justification { Val = JustificationValues.Both });
                break;
            default:
                break;
        }

        if (block.Bold || block.Kind == BlockKind.Title)
        {
            runProperties.Append(new Bold());
        }

        var size = block.Kind switch
        {
            BlockKind.Title => "24",
            BlockKind.Small => "16",
            _ => "21",
        };
        runProperties.Append(new FontSize { Val = size });
        var paragraph = new Paragraph(properties);
        if (block.Text.Length > 0)
        {
            paragraph.Append(new Run(runProperties, new Text(block.Text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    private static Table NewTable() => new(new TableProperties(
        new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }),
        new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));

    private static TableCell Cell(string text, bool bold)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        return new TableCell(new Paragraph(run));
    }
}
