namespace Vigie.Acts.Referentiels.Grilles;

/// <summary>Shape of <c>Grilles/bareme-ib-im.json</c>.</summary>
internal sealed record BaremeFile(string Source, DateOnly ValidFrom, IReadOnlyList<IbImPair> Correspondances);
