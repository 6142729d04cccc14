namespace Vigie.Acts.Extraction;

/// <summary>Canonical keys of <see cref="KeyValueFields"/>.</summary>
public static class KeyValueKeys
{
    public const string Nom = "nom";
    public const string Prenom = "prenom";
    public const string Agent = "agent";
    public const string Civilite = "civilite";
    public const string Grade = "grade";
    public const string GradeActuel = "grade_actuel";
    public const string Echelon = "echelon";
    public const string IndiceBrut = "indice_brut";
    public const string IndiceMajore = "indice_majore";
    public const string Indices = "indices";
    public const string DateEffet = "date_effet";
    public const string DateSignature = "date_signature";
    public const string DateNaissance = "date_naissance";
    public const string Objet = "objet";
    public const string TypeActe = "type_acte";
    public const string Collectivite = "collectivite";
    public const string Signataire = "signataire";
    public const string Qualite = "qualite";
    public const string Emploi = "emploi";
    public const string Categorie = "categorie";
    public const string CadreEmplois = "cadre_emplois";
    public const string Duree = "duree";
    public const string Quotite = "quotite";
    public const string TempsTravail = "temps_travail";
    public const string LieuExercice = "lieu_exercice";
    public const string Remuneration = "remuneration";
    public const string Motif = "motif";
    public const string Numero = "numero";
    public const string DateDebut = "date_debut";
    public const string DateFin = "date_fin";
    public const string PeriodeEssai = "periode_essai";
    public const string BaseLegale = "base_legale";
    public const string Departement = "departement";
}
