namespace Vigie.Storage.Catalog;

/// <summary>An act as the catalogue holds it.</summary>
public sealed record StoredAct
{
    public required long Id { get; init; }

    public required string DocumentSha256 { get; init; }

    /// <summary>0-based position within the document.</summary>
    public required int ActIndex { get; init; }

    /// <summary>The document's first known name (contract <c>source</c>).</summary>
    public required string Source { get; init; }

    public IReadOnlyList<int> Pages { get; init; } = [];

    public string? Type { get; init; }

    public string? Collectivite { get; init; }

    public string? Departement { get; init; }

    public string? AgentNom { get; init; }

    public string? AgentPrenom { get; init; }

    public string? Grade { get; init; }

    public DateOnly? DateEffet { get; init; }

    public DateOnly? DateSignature { get; init; }

    public string? Verdict { get; init; }

    public string FieldsJson { get; init; } = "{}";

    public string AnomaliesJson { get; init; } = "[]";

    /// <summary>Number of entries in <see cref="AnomaliesJson"/>.</summary>
    public int AnomalyCount { get; init; }

    public Classement Classement { get; init; }

    public DateTimeOffset? FiledAt { get; init; }

    /// <summary>Who took the last decision on the act.</summary>
    public string? DecidedBy { get; init; }

    public string? DecisionReason { get; init; }

    /// <summary>When the act entered the catalogue.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
