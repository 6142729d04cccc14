namespace Vigie.Acts.Corpus.Rendering;

/// <summary>Acts laid out on pages: every line placed, and the 1-based pages of each act.</summary>
public sealed record PagedLayout(int PageCount, IReadOnlyList<PlacedLine> Lines, IReadOnlyList<IReadOnlyList<int>> ActPages);
