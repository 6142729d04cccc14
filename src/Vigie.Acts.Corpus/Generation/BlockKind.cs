namespace Vigie.Acts.Corpus.Generation;

/// <summary>Layout role of a block of text.</summary>
public enum BlockKind
{
    /// <summary>Header line at the top left (collectivité, service).</summary>
    Header,

    /// <summary>Centered bold title ("ARRÊTÉ n° …", "ARRÊTE").</summary>
    Title,

    /// <summary>Centered line.</summary>
    Centered,

    /// <summary>Ordinary justified paragraph.</summary>
    Paragraph,

    /// <summary>Key–value line of a SIRH export (Text = key, Value = value).</summary>
    KeyValue,

    /// <summary>Signature block line, on the right half.</summary>
    Signature,

    /// <summary>Small print at the bottom (ampliations, notification).</summary>
    Small,

    /// <summary>Empty line.</summary>
    Spacer,
}
