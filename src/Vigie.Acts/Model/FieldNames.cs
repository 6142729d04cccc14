namespace Vigie.Acts.Model;

/// <summary>Contract names (snake_case) of the fields of <see cref="ActFields"/> that evaluations score.</summary>
public static class FieldNames
{
    public const string Collectivite = "collectivite";
    public const string Departement = "departement";
    public const string AgentCivilite = "agent_civilite";
    public const string AgentNom = "agent_nom";
    public const string AgentPrenom = "agent_prenom";
    public const string Grade = "grade";
    public const string Echelon = "echelon";
    public const string IndiceBrut = "indice_brut";
    public const string IndiceMajore = "indice_majore";
    public const string DateEffet = "date_effet";
    public const string DateSignature = "date_signature";
    public const string Signataire = "signataire";
    public const string BaseLegale = "base_legale";

    public static IReadOnlyList<string> Contract { get; } =
    [
        Collectivite, Departement, AgentCivilite, AgentNom, AgentPrenom, Grade, Echelon,
        IndiceBrut, IndiceMajore, DateEffet, DateSignature, Signataire, BaseLegale,
    ];
}
