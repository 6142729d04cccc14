using System.Globalization;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Vigie.Documents.Tests.Support;

/// <summary>
/// Writes real PDF files with PdfPig's <see cref="PdfDocumentBuilder"/>: A4 pages of text lines in DejaVu Sans
/// (so accents survive), optional running header and footer, and image-only pages that stand for scans.
/// Skips the calling test cleanly when the font is not installed (Debian package fonts-dejavu-core).
/// </summary>
internal sealed class TestPdfBuilder
{
    public const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private const double FontSize = 11;
    private const double LineHeight = 14;
    private readonly List<Func<PdfDocumentBuilder, PdfDocumentBuilder.AddedFont, PdfPageBuilder>> _pages = [];
    private string? _header;
    private string? _footer;

    /// <summary>A page of text, one string per line, from the top of the page down.</summary>
    public TestPdfBuilder Page(params string[] lines)
    {
        _pages.Add((builder, font) =>
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 720.0;
            foreach (var line in lines)
            {
                if (line.Length > 0)
                {
                    page.AddText(line, FontSize, new PdfPoint(60, y), font);
                }

                y -= LineHeight;
            }

            return page;
        });
        return this;
    }

    /// <summary>A page holding only an image, like a scan with no text layer.</summary>
    public TestPdfBuilder ImagePage(byte[] png)
    {
        _pages.Add((builder, _) =>
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddPng(png, new PdfRectangle(60, 300, 535, 780));
            return page;
        });
        return this;
    }

    /// <summary>A blank page: no text, no image.</summary>
    public TestPdfBuilder BlankPage()
    {
        _pages.Add((builder, _) => builder.AddPage(PageSize.A4));
        return this;
    }

    /// <summary>A line written at the top of every page.</summary>
    public TestPdfBuilder RunningHeader(string header)
    {
        _header = header;
        return this;
    }

    /// <summary>A line written at the bottom of every page; "{page}" and "{pages}" are replaced by numbers.</summary>
    public TestPdfBuilder RunningFooter(string footer)
    {
        _footer = footer;
        return this;
    }

    public byte[] Build()
    {
        if (!File.Exists(FontPath))
        {
            Assert.Skip($"Police absente : {FontPath} (paquet fonts-dejavu-core).");
        }

        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(FontPath));
        for (var i = 0; i < _pages.Count; i++)
        {
            var page = _pages[i](builder, font);
            if (_header is not null)
            {
                page.AddText(_header, 9, new PdfPoint(60, 805), font);
            }

            if (_footer is not null)
            {
                var footer = _footer
                    .Replace("{page}", (i + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{pages}", _pages.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                page.AddText(footer, 9, new PdfPoint(60, 30), font);
            }
        }

        return builder.Build();
    }
}
