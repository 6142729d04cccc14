namespace Vigie.Acts.Extraction;

/// <summary>
/// A text folded for matching (lower-case, no accents, OCR confusions repaired, spaces collapsed) with,
/// for each of its characters, the offset of the original character it comes from.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _map;

    internal NormalizedText(string original, string text, int[] map)
    {
        Original = original;
        Text = text;
        _map = map;
    }

    /// <summary>The text as written.</summary>
    public string Original { get; }

    /// <summary>The folded text: what every pattern runs on.</summary>
    public string Text { get; }

    /// <summary>Offset in <see cref="Original"/> of the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public int ToOriginal(int index)
    {
        if (_map.Length == 0)
        {
            return 0;
        }

        return index >= _map.Length ? Original.Length : _map[Math.Max(0, index)];
    }

    /// <summary>Original offset just after the character before <paramref name="end"/> (an exclusive end).</summary>
    public int ToOriginalEnd(int end)
    {
        if (end <= 0 || _map.Length == 0)
        {
            return 0;
        }

        return end >= _map.Length ? Original.Length : _map[end - 1] + 1;
    }

    /// <summary>The original words behind a range of <see cref="Text"/>.</summary>
    public string Quote(int start, int end)
    {
        var from = ToOriginal(start);
        var to = Math.Max(from, ToOriginalEnd(end));
        return Original[from..to];
    }
}
