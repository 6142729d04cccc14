namespace Vigie.Storage.Catalog;

/// <summary>A human decision on an act (stored as "classer", "renvoyer", "rouvrir").</summary>
public enum DecisionKind
{
    /// <summary>File the act: <see cref="Classement.Classe"/>.</summary>
    Classer,

    /// <summary>Send it back for correction: <see cref="Classement.Renvoye"/>.</summary>
    Renvoyer,

    /// <summary>Put it back in the queue: <see cref="Classement.EnAttente"/>.</summary>
    Rouvrir,
}
