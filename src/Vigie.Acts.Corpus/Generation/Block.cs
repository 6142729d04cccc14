namespace Vigie.Acts.Corpus.Generation;

/// <summary>One block of a laid-out act.</summary>
public sealed record Block(BlockKind Kind, string Text, bool Bold = false, string? Value = null)
{
    public static Block Spacer { get; } = new(BlockKind.Spacer, string.Empty);

    /// <summary>The block as one line of plain text.</summary>
    public string PlainText => Kind == BlockKind.KeyValue ? $"{Text} : {Value}" : Text;
}
