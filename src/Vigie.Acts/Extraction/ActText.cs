using Vigie.Acts.Model;
using Vigie.Documents.Splitting;

namespace Vigie.Acts.Extraction;

/// <summary>
/// Everything the classifier and the extractors read, computed once per act: the normalised text with its
/// offset map, the layout (title, visas, articles, signature), the dates and the key–value pairs.
/// </summary>
public sealed class ActText
{
    public ActText(ActSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        Segment = segment;
        Normalized = TextNormalizer.Normalize(segment.Text);
        Layout = ActLayoutParser.Parse(Normalized);
        Dates = FrenchDateFinder.FindAll(Normalized.Text);
        KeyValues = KeyValueFields.Parse(Normalized.Text);
    }

    public ActSegment Segment { get; }

    public NormalizedText Normalized { get; }

    /// <summary>The normalised text (lower-case, no accents): what patterns run on.</summary>
    public string Text => Normalized.Text;

    public ActLayout Layout { get; }

    public IReadOnlyList<DateMention> Dates { get; }

    public KeyValueFields KeyValues { get; }

    /// <summary>The words as written behind a range of <see cref="Text"/>, trimmed.</summary>
    public string Quote(int start, int end) => Normalized.Quote(start, end).Trim();

    public string Quote(TextRange range) => Quote(range.Start, range.End);

    /// <summary>Evidence for a range of <see cref="Text"/>: its page and the words as written, with page offsets.</summary>
    public Evidence ToEvidence(int start, int end) =>
        ToEvidenceOriginal(Normalized.ToOriginal(start), Normalized.ToOriginalEnd(end));

    /// <summary>Evidence for a range of the original act text (<see cref="ActSegment.Text"/>).</summary>
    public Evidence ToEvidenceOriginal(int from, int to)
    {
        to = Math.Max(from, to);
        var original = Segment.Text;
        while (from < to && char.IsWhiteSpace(original[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(original[to - 1]))
        {
            to--;
        }

        var (page, offset) = Segment.Locate(from);
        var (lastPage, lastOffset) = Segment.Locate(Math.Max(from, to - 1));
        int? pageEnd = lastPage == page ? (to > from ? lastOffset + 1 : offset) : null;
        return new Evidence(page, original[from..to], offset, pageEnd);
    }

    public Evidence ToEvidence(TextRange range) => ToEvidence(range.Start, range.End);

    /// <summary>The first date that starts within <paramref name="window"/> characters after <paramref name="from"/>.</summary>
    public DateMention? DateAfter(int from, int window = 60)
    {
        foreach (var date in Dates)
        {
            if (date.Start >= from && date.Start <= from + window)
            {
                return date;
            }

            if (date.Start > from + window)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The first date inside a range.</summary>
    public DateMention? DateWithin(TextRange range)
    {
        foreach (var date in Dates)
        {
            if (date.Start >= range.Start && date.End <= range.End)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Start of the line holding <paramref name="offset"/>.</summary>
    public int LineStart(int offset)
    {
        var i = Text.LastIndexOf('\n', Math.Clamp(offset - 1, 0, Math.Max(0, Text.Length - 1)));
        return offset == 0 ? 0 : i + 1;
    }

    /// <summary>End of the line holding <paramref name="offset"/> (exclusive, before '\n').</summary>
    public int LineEnd(int offset)
    {
        var i = Text.IndexOf('\n', Math.Min(offset, Text.Length));
        return i < 0 ? Text.Length : i;
    }
}
