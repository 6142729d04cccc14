using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Documents.Splitting;

namespace Vigie.Acts.Rules.Scanning;

/// <summary>Builds the <see cref="Evidence"/> of an anomaly: page and exact words of the act, with page offsets.</summary>
internal static class ActEvidence
{
    /// <summary>Longest quotation; an absence is shown by the region where it was looked for, never a whole page.</summary>
    private const int MaxLength = 280;

    /// <summary>The words of [start, end) of the segment text, trimmed, cut to one page and to <see cref="MaxLength"/>.</summary>
    public static Evidence FromSegment(ActSegment segment, int start, int end)
    {
        var text = segment.Text;
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        (start, end) = Trim(text, start, end);
        if (start >= text.Length)
        {
            start = Math.Max(0, text.Length - 1);
            end = text.Length;
        }

        var (page, offset) = segment.Locate(start);
        var part = segment.Parts.FirstOrDefault(p => p.Page == page && offset >= p.Span.Start && offset <= p.Span.End);
        if (part is not null)
        {
            end = Math.Min(end, start + (part.Span.End - offset));
        }

        if (end - start > MaxLength)
        {
            var cut = text.LastIndexOf(' ', start + MaxLength, MaxLength / 2);
            end = cut > start ? cut : start + MaxLength;
        }

        (start, end) = Trim(text, start, end);
        (page, offset) = segment.Locate(start);
        return new Evidence(page, text[start..end], offset, offset + (end - start));
    }

    public static Evidence FromMatch(AnalyzedAct act, Match match) =>
        FromSegment(act.Segment, match.Index, match.Index + match.Length);

    public static Evidence FromMatch(AnalyzedAct act, Group group) =>
        FromSegment(act.Segment, group.Index, group.Index + group.Length);

    /// <summary>Where the extraction read the field, or null.</summary>
    public static Evidence? ForField(AnalyzedAct act, string fieldName) =>
        act.FieldEvidence.TryGetValue(fieldName, out var evidence) ? evidence : null;

    /// <summary>
    /// Where the field was read; else the first place the value is written in the act; else the value itself
    /// (page unknown) so the anomaly still says what it rests on.
    /// </summary>
    public static Evidence ForValue(AnalyzedAct act, string fieldName, string value)
    {
        if (ForField(act, fieldName) is { } evidence)
        {
            return evidence;
        }

        var index = act.Segment.Text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
        return index >= 0 ? FromSegment(act.Segment, index, index + value.Length) : new Evidence(null, value);
    }

    /// <summary>The last non-empty lines of the act: where a missing end-of-act mention was looked for.</summary>
    public static Evidence LastLines(AnalyzedAct act, int lineCount)
    {
        var text = act.Segment.Text;
        var end = text.Length;
        var start = end;
        var found = 0;
        foreach (var line in TextLines.Reverse(text))
        {
            if (line.IsBlank(text))
            {
                continue;
            }

            start = line.Start;
            if (++found == lineCount)
            {
                break;
            }
        }

        return FromSegment(act.Segment, start, end);
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
