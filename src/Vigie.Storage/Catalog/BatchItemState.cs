namespace Vigie.Storage.Catalog;

/// <summary>State of one input of a batch (stored as "a_traiter", "traite", "erreur").</summary>
public enum BatchItemState
{
    ATraiter,
    Traite,
    Erreur,
}
