using System.Text;
using System.Xml.Linq;

namespace Vigie.Documents.Reading.Odt;

/// <summary>Writes the text elements of an OpenDocument body into pages, in document order.</summary>
internal sealed class OdtTextWalker(OdtPageBreakStyles styles, PagedTextBuilder builder)
{
    private static readonly XName StyleName = OdtNames.Text + "style-name";

    public void WriteBlock(XElement element)
    {
        var ns = element.Name.Namespace;
        var local = element.Name.LocalName;
        if (ns == OdtNames.Text && local is "p" or "h")
        {
            WriteParagraph(element);
        }
        else if (ns == OdtNames.Text && local == "soft-page-break")
        {
            builder.BreakPage();
        }
        else if (ns == OdtNames.Table && local == "table")
        {
            WriteTable(element);
        }
        else if ((ns == OdtNames.Text && local is "list" or "list-item" or "list-header" or "section" or "index-body" or "table-of-content" or "alphabetical-index")
            || (ns == OdtNames.Table && local is "table-header-rows" or "table-rows"))
        {
            foreach (var child in element.Elements())
            {
                WriteBlock(child);
            }
        }
    }

    private void WriteParagraph(XElement paragraph)
    {
        var style = paragraph.Attribute(StyleName)?.Value;
        if (styles.BreaksBefore(style))
        {
            builder.BreakPage();
        }

        builder.StartParagraph();
        WriteInline(paragraph, toPage: true, text: null);
        if (styles.BreaksAfter(style))
        {
            builder.BreakPage();
        }
    }

    /// <summary>One line per row, cells separated by tabs.</summary>
    private void WriteTable(XElement table)
    {
        foreach (var row in table.Descendants(OdtNames.Table + "table-row"))
        {
            var cells = row.Elements(OdtNames.Table + "table-cell").Select(CellText).ToArray();
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            builder.StartParagraph();
            builder.Append(string.Join('\t', cells));
        }
    }

    private string CellText(XElement cell)
    {
        var parts = new List<string>();
        foreach (var paragraph in cell.Descendants().Where(e => e.Name == OdtNames.Text + "p" || e.Name == OdtNames.Text + "h"))
        {
            var text = new StringBuilder();
            WriteInline(paragraph, toPage: false, text);
            var value = text.ToString().Replace('\n', ' ').Trim();
            if (value.Length > 0)
            {
                parts.Add(value);
            }
        }

        return string.Join(' ', parts);
    }

    /// <summary>Inline content: text, spans, links, spaces, tabs and line breaks; notes and frames are skipped.</summary>
    private void WriteInline(XElement element, bool toPage, StringBuilder? text)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText xmlText:
                    Append(CollapseSpaces(xmlText.Value), toPage, text);
                    break;
                case XElement child when child.Name.Namespace == OdtNames.Text:
                    switch (child.Name.LocalName)
                    {
                        case "s":
                            var count = int.TryParse(child.Attribute(OdtNames.Text + "c")?.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var c) ? Math.Clamp(c, 1, 100) : 1;
                            Append(new string(' ', count), toPage, text);
                            break;
                        case "tab":
                            Append("\t", toPage, text);
                            break;
                        case "line-break":
                            Append("\n", toPage, text);
                            break;
                        case "soft-page-break" when toPage:
                            builder.BreakPage();
                            break;
                        case "note" or "bookmark" or "bookmark-start" or "bookmark-end" or "reference-mark" or "soft-page-break":
                            break;
                        default:
                            WriteInline(child, toPage, text);
                            break;
                    }

                    break;
            }
        }
    }

    private void Append(string value, bool toPage, StringBuilder? text)
    {
        if (toPage)
        {
            builder.Append(value);
        }
        else
        {
            text!.Append(value);
        }
    }

    /// <summary>In OpenDocument, runs of white space in text count as one space (extra spaces are text:s).</summary>
    private static string CollapseSpaces(string value)
    {
        if (!value.Any(char.IsWhiteSpace))
        {
            return value;
        }

        var result = new StringBuilder(value.Length);
        var lastSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!lastSpace)
                {
                    result.Append(' ');
                }

                lastSpace = true;
            }
            else
            {
                result.Append(c);
                lastSpace = false;
            }
        }

        return result.ToString();
    }
}
