namespace Vigie.Documents.Splitting;

/// <summary>One non-empty line of a page that is not part of a running header or footer.</summary>
internal readonly record struct SplitterLine(int Page, int Start, int End);
