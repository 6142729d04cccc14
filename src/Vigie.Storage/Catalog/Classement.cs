namespace Vigie.Storage.Catalog;

/// <summary>Where an act stands in the filing workflow (stored as "en_attente", "classe", "renvoye").</summary>
public enum Classement
{
    /// <summary>Awaiting a decision (default for every new act).</summary>
    EnAttente,

    /// <summary>Filed in the GED.</summary>
    Classe,

    /// <summary>Sent back to the collectivité for correction.</summary>
    Renvoye,
}
