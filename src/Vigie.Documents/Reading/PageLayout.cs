namespace Vigie.Documents.Reading;

/// <summary>The text of one page and its non-empty lines, in reading order.</summary>
internal sealed record PageLayout(string Text, IReadOnlyList<PageLine> Lines)
{
    public static PageLayout Empty { get; } = new(string.Empty, []);

    /// <summary>
    /// Lines of a text with no geometry (OCR): only the first and the last line count as margins, so that the
    /// signature block near the foot of a scanned act is not taken for a running footer.
    /// </summary>
    public static PageLayout FromPlainText(string text)
    {
        var spans = new List<Model.TextSpan>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (!string.IsNullOrWhiteSpace(text[start..end]))
            {
                spans.Add(new Model.TextSpan(start, end));
            }

            start = end + 1;
        }

        var lines = new PageLine[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            var zone = i == 0 ? LineZone.Top : i == spans.Count - 1 ? LineZone.Bottom : LineZone.Body;
            lines[i] = new PageLine(spans[i], zone);
        }

        return new PageLayout(text, lines);
    }
}
