namespace Vigie.Acts.Referentiels.Legal;

/// <summary>A dated change of the law that makes a text or a wording current or obsolete (actes-rh.md §0).</summary>
public sealed record ChangementJuridique(string Id, DateOnly Date, string Texte, string Description, string Source);
