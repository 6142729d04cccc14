using Vigie.Acts.Corpus.Referentiels;

namespace Vigie.Acts.Corpus.Generation;

/// <summary>Who signs the act.</summary>
/// <param name="Person">Prénom and NOM.</param>
/// <param name="Qualite">"Maire", "Président", "Adjointe déléguée aux ressources humaines", "Directeur général des services".</param>
/// <param name="IsAutorite">True when the autorité territoriale signs itself.</param>
/// <param name="DelegationVisa">For a delegate: the visa of the delegation arrêté.</param>
public sealed record Signatory(PersonName Person, string Qualite, bool IsAutorite, string? DelegationVisa);
