namespace Vigie.Acts.Referentiels.Durees;

/// <summary>Legal durations, quotités and limits of <c>Durees/durees.json</c> (actes-rh.md §2, §3).</summary>
public sealed record DureesLegales(
    string Source,
    string Version,
    StageDurees Stage,
    IReadOnlyList<DisponibiliteDuree> Disponibilite,
    CongeParentalDurees CongeParental,
    TempsPartielRegles TempsPartiel,
    DetachementDurees Detachement,
    IReadOnlyList<ContratDuree> Contrats,
    DateOnly ContratsValidFrom,
    PeriodeEssaiRegles PeriodeEssai,
    IReadOnlyList<MinimumTraitement> MinimumTraitement,
    LimiteAge LimiteAge)
{
    public static DureesLegales LoadEmbedded() => EmbeddedReferentiel.Load<DureesLegales>("Durees/durees.json");

    public DisponibiliteDuree? DisponibiliteFor(string motif) =>
        Disponibilite.FirstOrDefault(d => string.Equals(d.Motif, motif, StringComparison.Ordinal));

    /// <summary>The minimum de traitement in force on the date, or null before the first known one.</summary>
    public MinimumTraitement? MinimumOn(DateOnly date) => MinimumTraitement.FirstOrDefault(m => m.InForceOn(date));

    /// <summary>The limits of a contract basis: the article ("L332-23") and, when the article distinguishes them, the alinéa ("1°").</summary>
    public ContratDuree? ContratFor(string article, string? alinea) =>
        Contrats.FirstOrDefault(c => string.Equals(c.Article, article, StringComparison.Ordinal)
            && (c.Alinea is null || string.Equals(c.Alinea, alinea, StringComparison.Ordinal)));
}
