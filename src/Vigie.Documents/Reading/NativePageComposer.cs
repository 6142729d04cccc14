using System.Text;
using Vigie.Documents.Model;

namespace Vigie.Documents.Reading;

/// <summary>
/// Builds a native page (DOCX, ODT) whose running header and footer are written around the body text and
/// marked in <see cref="DocumentPage.HeaderFooter"/>, so offsets stay true and later steps may skip them.
/// </summary>
internal static class NativePageComposer
{
    public static DocumentPage Compose(int number, string? header, string body, string? footer)
    {
        header = string.IsNullOrWhiteSpace(header) ? null : header.Trim('\n');
        footer = string.IsNullOrWhiteSpace(footer) ? null : footer.Trim('\n');
        if (header is null && footer is null)
        {
            return new DocumentPage(number, body, TextOrigin.Native);
        }

        var text = new StringBuilder(body.Length + (header?.Length ?? 0) + (footer?.Length ?? 0) + 2);
        var spans = new List<TextSpan>(2);
        if (header is not null)
        {
            spans.Add(new TextSpan(0, header.Length));
            text.Append(header).Append('\n');
        }

        text.Append(body);
        if (footer is not null)
        {
            text.Append('\n');
            spans.Add(new TextSpan(text.Length, text.Length + footer.Length));
            text.Append(footer);
        }

        return new DocumentPage(number, text.ToString(), TextOrigin.Native) { HeaderFooter = spans };
    }
}
