namespace Vigie.Acts.Corpus.Labels;

/// <summary>The contract fields of report.json that evaluations score (snake_case, shared/spec/acts-check.md).</summary>
public static class ContractFields
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

    public static IReadOnlyList<string> All { get; } =
    [
        Collectivite, Departement, AgentCivilite, AgentNom, AgentPrenom, Grade, Echelon,
        IndiceBrut, IndiceMajore, DateEffet, DateSignature, Signataire, BaseLegale,
    ];
}
