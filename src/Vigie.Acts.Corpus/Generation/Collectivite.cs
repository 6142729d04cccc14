using Vigie.Acts.Corpus.Referentiels;

namespace Vigie.Acts.Corpus.Generation;

/// <summary>The employer of a generated act.</summary>
/// <param name="Kind">Commune, EPCI…</param>
/// <param name="Nom">Name as the header writes it and the label carries it ("Commune de Saint-Pair-sur-Mer").</param>
/// <param name="Autorite">"Le Maire de Saint-Pair-sur-Mer", "Le Président de la Communauté de communes …".</param>
/// <param name="Departement">Its département (decides the tribunal administratif).</param>
/// <param name="Lieu">Place of signature (the seat commune).</param>
/// <param name="Population">Inhabitants of the commune (decides a few contract bases), 0 when not a commune.</param>
public sealed record Collectivite(CollectiviteKind Kind, string Nom, string Autorite, Departement Departement, string Lieu, int Population)
{
    /// <summary>"Maire" or "Président" (the qualité of the autorité territoriale).</summary>
    public string QualiteAutorite => Kind == CollectiviteKind.Commune ? "Maire" : "Président";

    /// <summary>"Pour le Maire et par délégation" / "Pour le Président et par délégation".</summary>
    public string FormuleDelegation => $"Pour le {QualiteAutorite} et par délégation";

    /// <summary>The CDG the act is sent to.</summary>
    public string CentreDeGestion => "Centre de gestion de la fonction publique territoriale " + Departement.DeNom;
}
