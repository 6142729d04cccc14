namespace Vigie.Storage.Catalog;

/// <summary>
/// One act of a document as the pipeline stores it. The searched columns are plain values; the rest of the
/// analysis (every field, every anomaly) is kept as JSON written by the acts layer, in the report's shape.
/// </summary>
public sealed record ActRow
{
    /// <summary>0-based position of the act within its document: with the SHA-256, the act's stable identity.</summary>
    public required int ActIndex { get; init; }

    /// <summary>1-based pages of the document that the act occupies.</summary>
    public IReadOnlyList<int> Pages { get; init; } = [];

    /// <summary>Act type code of the contract, e.g. "AVANCEMENT_ECHELON".</summary>
    public string? Type { get; init; }

    public string? Collectivite { get; init; }

    public string? Departement { get; init; }

    public string? AgentNom { get; init; }

    public string? AgentPrenom { get; init; }

    public string? Grade { get; init; }

    public DateOnly? DateEffet { get; init; }

    public DateOnly? DateSignature { get; init; }

    /// <summary>Verdict code of the contract: "conforme", "a_corriger", "a_verifier".</summary>
    public string? Verdict { get; init; }

    /// <summary>The act's <c>fields</c> object of the report, as JSON.</summary>
    public string FieldsJson { get; init; } = "{}";

    /// <summary>The act's <c>anomalies</c> array of the report, as JSON.</summary>
    public string AnomaliesJson { get; init; } = "[]";
}
