using System.Globalization;

namespace Vigie.Acts.Corpus.Labels;

/// <summary>
/// The contract fields of one act as the act writes them (report.json <c>fields</c>): null when the act does not
/// state it, dates ISO 8601, surname upper-case.
/// </summary>
public sealed class LabelFields
{
    public string? Collectivite { get; set; }

    public string? Departement { get; set; }

    public string? AgentCivilite { get; set; }

    public string? AgentNom { get; set; }

    public string? AgentPrenom { get; set; }

    public string? Grade { get; set; }

    public int? Echelon { get; set; }

    public int? IndiceBrut { get; set; }

    public int? IndiceMajore { get; set; }

    public string? DateEffet { get; set; }

    public string? DateSignature { get; set; }

    public string? Signataire { get; set; }

    public string? BaseLegale { get; set; }

    /// <summary>The value of a contract field (<see cref="FieldNames"/>) as text, or null.</summary>
    public string? Get(string field) => field switch
    {
        ContractFields.Collectivite => Collectivite,
        ContractFields.Departement => Departement,
        ContractFields.AgentCivilite => AgentCivilite,
        ContractFields.AgentNom => AgentNom,
        ContractFields.AgentPrenom => AgentPrenom,
        ContractFields.Grade => Grade,
        ContractFields.Echelon => Echelon?.ToString(CultureInfo.InvariantCulture),
        ContractFields.IndiceBrut => IndiceBrut?.ToString(CultureInfo.InvariantCulture),
        ContractFields.IndiceMajore => IndiceMajore?.ToString(CultureInfo.InvariantCulture),
        ContractFields.DateEffet => DateEffet,
        ContractFields.DateSignature => DateSignature,
        ContractFields.Signataire => Signataire,
        ContractFields.BaseLegale => BaseLegale,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Champ inconnu du contrat."),
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
