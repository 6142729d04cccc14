namespace Vigie.Acts.Corpus.Referentiels;

/// <summary>A person as acts write them: civilité, prénom, NOM (upper-case).</summary>
public sealed record PersonName(string Civilite, string Prenom, string Nom)
{
    public bool Feminine => Civilite == "Mme";

    /// <summary>"Mme Claire DUPONT".</summary>
    public string Complet => $"{Civilite} {Prenom} {Nom}";

    /// <summary>"Claire DUPONT".</summary>
    public string PrenomNom => $"{Prenom} {Nom}";
}
