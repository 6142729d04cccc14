namespace Vigie.Privacy.Detection;

/// <summary>The entities found in one text, in text order, without overlaps.</summary>
public sealed record PiiDetection(string Text, IReadOnlyList<PiiSpan> Spans);
