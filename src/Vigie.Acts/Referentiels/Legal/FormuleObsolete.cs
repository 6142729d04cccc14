namespace Vigie.Acts.Referentiels.Legal;

/// <summary>A text or wording that must no longer be cited from the date of <see cref="Changement"/>, and what replaces it.</summary>
public sealed record FormuleObsolete(string Id, string Libelle, string Remplacement, string Changement);
