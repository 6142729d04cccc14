using System.Text.RegularExpressions;
using Vigie.Documents.Model;

namespace Vigie.Documents.Splitting;

/// <summary>
/// Splits a document into acts by reading its lines in order, running headers and footers left aside.
/// A new act starts at an act title ("ARRÊTÉ N° …", "CONTRAT …"), moved back to the issuer's header block
/// ("COMMUNE DE …") or the top of the page when it sits just before, but only when the act in progress is
/// over: closed by "Fait à …, le …", "Notifié le", "Reçu notification" or a letter's closing; or when what
/// came before had no title at all (a letter before an act); or when a page opens on a different act number.
/// A title inside an act that is still open ("CONTRAT" in an article, a title repeated at the top of page 2)
/// never splits it. A collectivité header at the top of a page after a closed act also starts a new act.
/// </summary>
public sealed partial class ActSplitter : IActSplitter
{
    // Lines of real content an act or letter must hold before a new act can start after it.
    private const int MinBodyLines = 3;

    // A header block ("COMMUNE DE …", "Service RH", "N/Réf") stays attached to the title below it over this many lines.
    private const int MaxHeaderBlockLines = 6;

    public IReadOnlyList<ActSegment> Split(DocumentContent document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Pages.Count == 0)
        {
            return [];
        }

        var starts = FindStarts(document);
        var segments = new List<ActSegment>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count
                ? starts[i + 1]
                : new SplitterPosition(document.Pages.Count, document.Pages[^1].Text.Length);
            segments.Add(new ActSegment(document, Parts(document, starts[i], end)));
        }

        return segments;
    }

    private static List<SplitterPosition> FindStarts(DocumentContent document)
    {
        var starts = new List<SplitterPosition> { new(1, 0) };
        var titleSeen = false;
        var closed = false;
        var body = 0;
        string? titleNumber = null;
        SplitterPosition? pendingHeader = null;
        var linesSinceHeader = 0;
        var currentPage = 0;
        var pageHasBody = false;

        foreach (var line in Lines(document))
        {
            if (line.Page != currentPage)
            {
                currentPage = line.Page;
                pageHasBody = false;
            }

            var text = document.Pages[line.Page - 1].Text.AsSpan(line.Start, line.End - line.Start);
            var cue = ActCueClassifier.Classify(text);
            var pageTop = new SplitterPosition(line.Page, 0);
            switch (cue)
            {
                case ActCue.Collectivite:
                    pendingHeader ??= pageHasBody ? new SplitterPosition(line.Page, line.Start) : pageTop;
                    linesSinceHeader = 0;
                    if (closed && body >= MinBodyLines && !pageHasBody)
                    {
                        Start(pendingHeader.Value);
                    }

                    break;

                case ActCue.Title:
                    var number = TitleNumber(text);
                    var start = pendingHeader ?? (pageHasBody ? new SplitterPosition(line.Page, line.Start) : pageTop);
                    var otherActAtPageTop = !pageHasBody && number is not null && titleNumber is not null && number != titleNumber;
                    if (body >= MinBodyLines && (closed || !titleSeen || otherActAtPageTop))
                    {
                        Start(start);
                    }

                    if (!titleSeen)
                    {
                        titleSeen = true;
                        titleNumber = number;
                    }

                    pendingHeader = null;
                    break;

                case ActCue.Closing:
                    closed = true;
                    body++;
                    pageHasBody = true;
                    pendingHeader = null;
                    break;

                default:
                    if (pendingHeader is not null && ++linesSinceHeader > MaxHeaderBlockLines)
                    {
                        pendingHeader = null;
                    }

                    if (pendingHeader is null)
                    {
                        body++;
                        pageHasBody = true;
                    }

                    break;
            }
        }

        return starts;

        void Start(SplitterPosition position)
        {
            if (position.CompareTo(starts[^1]) > 0)
            {
                starts.Add(position);
                titleSeen = false;
                closed = false;
                body = 0;
                titleNumber = null;
            }

            pendingHeader = null;
        }
    }

    /// <summary>Non-empty lines of every page, in order, without the running header and footer lines.</summary>
    private static IEnumerable<SplitterLine> Lines(DocumentContent document)
    {
        foreach (var page in document.Pages)
        {
            var text = page.Text;
            var start = 0;
            while (start < text.Length)
            {
                var end = text.IndexOf('\n', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                if (!text.AsSpan(start, end - start).IsWhiteSpace() && !InHeaderFooter(page, start, end))
                {
                    yield return new SplitterLine(page.Number, start, end);
                }

                start = end + 1;
            }
        }
    }

    private static bool InHeaderFooter(DocumentPage page, int start, int end)
    {
        foreach (var span in page.HeaderFooter)
        {
            if (start < span.End && end > span.Start)
            {
                return true;
            }
        }

        return false;
    }

    private static string? TitleNumber(ReadOnlySpan<char> title)
    {
        var match = TitleNumberRegex().Match(ActCueClassifier.Fold(title));
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The parts of the pages from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    private static List<SegmentPart> Parts(DocumentContent document, SplitterPosition start, SplitterPosition end)
    {
        var parts = new List<SegmentPart>();
        for (var page = start.Page; page <= end.Page; page++)
        {
            var text = document.Pages[page - 1].Text;
            var from = page == start.Page ? start.Offset : 0;
            var to = page == end.Page ? end.Offset : text.Length;
            if (page == end.Page && page != start.Page && to == 0)
            {
                break;
            }

            // Surrounding blank lines are not part of the act; an empty page keeps an empty part.
            while (from < to && char.IsWhiteSpace(text[from]))
            {
                from++;
            }

            while (to > from && char.IsWhiteSpace(text[to - 1]))
            {
                to--;
            }

            parts.Add(new SegmentPart(page, new TextSpan(from, to)));
        }

        return parts;
    }

    // The number after "N°" in a folded title ("ARRETE N° 2026-012" → "2026-012"; OCR "N0 12" → "12").
    [GeneratedRegex(@"\bN\s*(?:[°O0*.:]|O\b)?\s*(\d[0-9A-Z/._-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex TitleNumberRegex();
}
