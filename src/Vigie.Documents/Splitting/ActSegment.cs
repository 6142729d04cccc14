using Vigie.Documents.Model;

namespace Vigie.Documents.Splitting;

/// <summary>A part of one page that belongs to an act.</summary>
public sealed record SegmentPart(int Page, TextSpan Span);

/// <summary>
/// One act found inside a document: the pages it occupies and the exact parts of their text.
/// <see cref="Text"/> is the parts joined by '\n'; <see cref="Locate"/> maps an offset of it back to a page.
/// </summary>
public sealed class ActSegment
{
    private readonly int[] _partStarts;

    public ActSegment(DocumentContent document, IReadOnlyList<SegmentPart> parts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
        {
            throw new ArgumentException("Un segment contient au moins une partie.", nameof(parts));
        }

        Document = document;
        Parts = parts;
        _partStarts = new int[parts.Count];
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            _partStarts[i] = builder.Length;
            var page = document.Pages[parts[i].Page - 1];
            builder.Append(page.Text, parts[i].Span.Start, parts[i].Span.Length);
        }

        Text = builder.ToString();
        Pages = parts.Select(p => p.Page).Distinct().Order().ToArray();
    }

    public DocumentContent Document { get; }

    public IReadOnlyList<SegmentPart> Parts { get; }

    /// <summary>1-based page numbers of the document that the act occupies.</summary>
    public IReadOnlyList<int> Pages { get; }

    public string Text { get; }

    /// <summary>Lowest OCR confidence among the act's OCR pages, or null when no page was OCR'd.</summary>
    public double? MinOcrConfidence => Pages
        .Select(p => Document.Pages[p - 1].OcrConfidence)
        .Where(c => c.HasValue)
        .Min();

    /// <summary>Maps an offset in <see cref="Text"/> to its page and the offset in that page's text.</summary>
    public (int Page, int Offset) Locate(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var index = Array.BinarySearch(_partStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        var part = Parts[Math.Max(0, index)];
        var within = offset - _partStarts[Math.Max(0, index)];
        return (part.Page, part.Span.Start + Math.Min(within, part.Span.Length));
    }
}
