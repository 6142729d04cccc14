using Vigie.Acts.Model;

namespace Vigie.Acts.Rules.Contrats;

/// <summary>
/// The legal basis a contract states: a CGFP article ("L332-23") and its alinéa ("1°"), or a basis of the former
/// loi 84-53 (<see cref="Legacy"/>, e.g. "article 3-3 2° de la loi 84-53"), with where it is written.
/// </summary>
internal sealed record ContractBasis(string Article, string? Alinea, bool Legacy, Evidence? Evidence)
{
    /// <summary>"L332-8 2°", "L332-14": the form of <c>fields.base_legale</c> and of the referentials.</summary>
    public string Normalized => Alinea is null ? Article : Article + " " + Alinea;

    /// <summary>"l'article L. 332-23 1°" for messages.</summary>
    public string Display => Legacy
        ? $"l'article {Article}{(Alinea is null ? string.Empty : " " + Alinea)} de la loi n° 84-53"
        : $"l'article L. {Article[1..]}{(Alinea is null ? string.Empty : " " + Alinea)}";
}
