using System.Collections.Frozen;

namespace Vigie.Acts.Referentiels.Grilles;

/// <summary>
/// Part of the barème IB → IM of décret 82-1105 (<c>Grilles/bareme-ib-im.json</c>): the pairs of the verified grids.
/// Many-to-one at the bottom of the scale, so it maps IB to IM and never the reverse.
/// </summary>
public sealed class BaremeIbIm
{
    private readonly FrozenDictionary<int, int> _imByIb;

    internal BaremeIbIm(string source, DateOnly validFrom, IReadOnlyList<IbImPair> correspondances)
    {
        Source = source;
        ValidFrom = validFrom;
        _imByIb = correspondances.ToFrozenDictionary(c => c.Ib, c => c.Im);
    }

    public string Source { get; }

    public DateOnly ValidFrom { get; }

    public IReadOnlyDictionary<int, int> ImByIb => _imByIb;

    public static BaremeIbIm LoadEmbedded()
    {
        var file = EmbeddedReferentiel.Load<BaremeFile>("Grilles/bareme-ib-im.json");
        return new BaremeIbIm(file.Source, file.ValidFrom, file.Correspondances);
    }

    public bool TryGetIm(int ib, out int im) => _imByIb.TryGetValue(ib, out im);
}
