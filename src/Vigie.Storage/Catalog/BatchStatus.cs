namespace Vigie.Storage.Catalog;

/// <summary>State of a batch (stored as "en_cours", "termine", "interrompu").</summary>
public enum BatchStatus
{
    EnCours,
    Termine,
    Interrompu,
}
