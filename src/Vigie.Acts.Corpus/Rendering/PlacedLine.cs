namespace Vigie.Acts.Corpus.Rendering;

/// <summary>One line of text at its place on a PDF page (points, origin bottom left).</summary>
public sealed record PlacedLine(int Page, double X, double Y, string Text, double Size, bool Bold);
