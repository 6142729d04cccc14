namespace Vigie.Privacy.Recognizers;

/// <summary>Slices of text around a match, where the recognisers look for their cues.</summary>
internal static class ContextWindow
{
    public static ReadOnlySpan<char> Before(string text, int position, int length)
    {
        var from = Math.Max(0, position - length);
        return text.AsSpan(from, position - from);
    }

    public static ReadOnlySpan<char> After(string text, int position, int length)
    {
        var to = Math.Min(text.Length, position + length);
        return text.AsSpan(position, to - position);
    }

    /// <summary>The current line up to <paramref name="position"/> and the <paramref name="previousLines"/> lines before it.</summary>
    public static ReadOnlySpan<char> LinesBefore(string text, int position, int previousLines)
    {
        var start = position;
        for (var line = 0; line <= previousLines && start > 0; line++)
        {
            var index = text.LastIndexOf('\n', start - 1);
            start = index < 0 ? 0 : index;
            if (index < 0)
            {
                break;
            }
        }

        if (start > 0 || (start == 0 && text.Length > 0 && text[0] == '\n'))
        {
            start++;
        }

        start = Math.Min(start, position);
        return text.AsSpan(start, position - start);
    }

    /// <summary>Like <see cref="LinesBefore"/>, but stops at a blank line (the start of the paragraph or block).</summary>
    public static ReadOnlySpan<char> BlockBefore(string text, int position, int previousLines)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        if (position == 0)
        {
            start = 0;
        }

        for (var line = 0; line < previousLines && start > 1; line++)
        {
            var previousStart = text.LastIndexOf('\n', start - 2) + 1;
            if (text.AsSpan(previousStart, start - 1 - previousStart).Trim().Length == 0)
            {
                break;
            }

            start = previousStart;
        }

        return text.AsSpan(start, position - start);
    }
}
