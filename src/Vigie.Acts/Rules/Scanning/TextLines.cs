namespace Vigie.Acts.Rules.Scanning;

/// <summary>Enumerates the lines of a text by offsets (no copies).</summary>
internal static class TextLines
{
    public static IEnumerable<TextLine> Of(string text, int from = 0, int to = -1)
    {
        if (to < 0 || to > text.Length)
        {
            to = text.Length;
        }

        var start = from;
        while (start < to)
        {
            var newline = text.IndexOf('\n', start, to - start);
            var end = newline < 0 ? to : newline;
            yield return new TextLine(start, end);
            start = end + 1;
        }
    }

    public static IEnumerable<TextLine> Reverse(string text, int to = -1)
    {
        if (to < 0 || to > text.Length)
        {
            to = text.Length;
        }

        var end = to;
        while (end > 0)
        {
            var newline = end == 0 ? -1 : text.LastIndexOf('\n', end - 1);
            yield return new TextLine(newline + 1, end);
            end = newline;
            if (end < 0)
            {
                yield break;
            }
        }
    }

    /// <summary>The line containing the offset.</summary>
    public static TextLine Around(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var start = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        var end = text.IndexOf('\n', offset);
        return new TextLine(start, end < 0 ? text.Length : end);
    }
}
