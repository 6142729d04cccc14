namespace Vigie.Acts.Extraction;

/// <summary>
/// The parts of an act found in its normalised text: title, visas, considérants, the decision marker
/// ("ARRÊTE"), the articles and the signature block.
/// </summary>
public sealed class ActLayout
{
    internal ActLayout(
        TextRange title,
        IReadOnlyList<TextRange> visas,
        IReadOnlyList<TextRange> considerants,
        int? decision,
        IReadOnlyList<TextRange> articles,
        TextRange signature,
        int textLength)
    {
        Title = title;
        Visas = visas;
        Considerants = considerants;
        Decision = decision;
        Articles = articles;
        Signature = signature;
        TextLength = textLength;
        ArticlesZone = articles.Count == 0
            ? TextRange.Empty
            : new TextRange(articles[0].Start, articles[^1].End);
    }

    public TextRange Title { get; }

    public IReadOnlyList<TextRange> Visas { get; }

    public IReadOnlyList<TextRange> Considerants { get; }

    /// <summary>Offset of the decision marker ("ARRÊTE", "DÉCIDE", "il a été convenu ce qui suit"), when found.</summary>
    public int? Decision { get; }

    public IReadOnlyList<TextRange> Articles { get; }

    /// <summary>From the first article to the end of the last one.</summary>
    public TextRange ArticlesZone { get; }

    /// <summary>From "Fait à …" (or the signatory's qualité) to the end; empty when not found.</summary>
    public TextRange Signature { get; }

    public int TextLength { get; }

    /// <summary>True when the text has the shape of an administrative act (decision marker or articles).</summary>
    public bool HasActStructure => Decision.HasValue || Articles.Count > 0;

    public ActZone ZoneOf(int offset)
    {
        if (!Signature.IsEmpty && Signature.Contains(offset))
        {
            return ActZone.Signature;
        }

        if (!ArticlesZone.IsEmpty && ArticlesZone.Contains(offset))
        {
            return ActZone.Article;
        }

        if (Title.Contains(offset))
        {
            return ActZone.Title;
        }

        if (InAny(Visas, offset))
        {
            return ActZone.Visa;
        }

        return InAny(Considerants, offset) ? ActZone.Considerant : ActZone.Other;
    }

    private static bool InAny(IReadOnlyList<TextRange> ranges, int offset)
    {
        foreach (var range in ranges)
        {
            if (range.Contains(offset))
            {
                return true;
            }
        }

        return false;
    }
}
