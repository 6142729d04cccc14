namespace Vigie.Documents.Splitting;

/// <summary>What a line says about act boundaries.</summary>
internal enum ActCue
{
    /// <summary>An ordinary line of an act (visa, article, body text).</summary>
    None,

    /// <summary>The title of an act: "ARRÊTÉ N° …", "Arrêté du Maire", "CONTRAT DE TRAVAIL", "AVENANT N° …".</summary>
    Title,

    /// <summary>A line of the issuer's header block: "COMMUNE DE …", "RÉPUBLIQUE FRANÇAISE", "DÉPARTEMENT DE …".</summary>
    Collectivite,

    /// <summary>The end of an act or letter: "Fait à …, le …", "Notifié le", "Reçu notification", "Veuillez agréer".</summary>
    Closing,
}
