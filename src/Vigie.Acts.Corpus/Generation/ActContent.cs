using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Generation;

/// <summary>
/// The words of one act, by part, before a house style lays them out. Visas keep their "Vu …" opening and no
/// final punctuation; articles are bodies without their "Article n" heading.
/// </summary>
public sealed class ActContent
{
    public bool IsContract { get; set; }

    /// <summary>"ARRÊTÉ", "CONTRAT DE RECRUTEMENT D'UN AGENT CONTRACTUEL".</summary>
    public string Title { get; set; } = "ARRÊTÉ";

    /// <summary>"n° 2025-042".</summary>
    public string Numero { get; set; } = string.Empty;

    /// <summary>"portant avancement d'échelon de Mme Claire DUPONT".</summary>
    public string Objet { get; set; } = string.Empty;

    /// <summary>Short label of the kind of decision for SIRH exports ("Avancement d'échelon").</summary>
    public string TypeLabel { get; set; } = string.Empty;

    /// <summary>"Le Maire de Saint-Pair-sur-Mer".</summary>
    public string Autorite { get; set; } = string.Empty;

    public List<string> Visas { get; } = [];

    public List<string> Considerants { get; } = [];

    /// <summary>"ARRÊTE" or "DÉCIDE".</summary>
    public string Decision { get; set; } = "ARRÊTE";

    public List<string> Articles { get; } = [];

    /// <summary>The recours mention, or null when the act has none.</summary>
    public string? Recours { get; set; }

    /// <summary>"Pour le Maire et par délégation", or null.</summary>
    public string? DelegationLine { get; set; }

    /// <summary>"Le Maire", "L'Adjointe au Maire déléguée aux ressources humaines", or null.</summary>
    public string? QualiteLine { get; set; }

    /// <summary>"Nicolas MARTIN", or null when nobody signs.</summary>
    public string? SignatoryName { get; set; }

    /// <summary>Place of signature (for styles that write "Caen, le …" without "Fait à").</summary>
    public string Lieu { get; set; } = string.Empty;

    /// <summary>Signature date as written, or null when the act leaves it out.</summary>
    public string? DateSignatureText { get; set; }

    /// <summary>True when the recours mention is the last article rather than a paragraph after the signature.</summary>
    public bool RecoursAsArticle { get; set; }

    /// <summary>Lines after the signature: transmission, notification, ampliations.</summary>
    public List<string> Footer { get; } = [];

    /// <summary>Key–value pairs of the SIRH header (empty in the other styles).</summary>
    public List<KeyValuePair<string, string>> KeyValues { get; } = [];

    /// <summary>Fields as written, for the label.</summary>
    public LabelFields Fields { get; } = new();
}
