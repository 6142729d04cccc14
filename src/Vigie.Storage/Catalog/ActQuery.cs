namespace Vigie.Storage.Catalog;

/// <summary>
/// A search in the catalogue's acts. Every filter is optional; text filters ignore case and accents.
/// <see cref="Collectivite"/> matches the whole name, so that a data-layer filter can later confine a user to
/// their collectivité with the same column and index.
/// </summary>
public sealed record ActQuery
{
    public const int MaxLimit = 10_000;

    /// <summary>The collectivité's full name (case and accents ignored).</summary>
    public string? Collectivite { get; init; }

    /// <summary>Words of the agent's surname and/or first name, in any order, whole or in part.</summary>
    public string? Agent { get; init; }

    /// <summary>Act type code, e.g. "AVANCEMENT_ECHELON".</summary>
    public string? Type { get; init; }

    /// <summary>Verdict code: "conforme", "a_corriger", "a_verifier".</summary>
    public string? Verdict { get; init; }

    public Classement? Classement { get; init; }

    /// <summary>Acts of the documents of this batch.</summary>
    public long? BatchId { get; init; }

    /// <summary>Acts of this document.</summary>
    public string? DocumentSha256 { get; init; }

    /// <summary>Inclusive lower bound of <see cref="DateField"/>.</summary>
    public DateOnly? DateFrom { get; init; }

    /// <summary>Inclusive upper bound of <see cref="DateField"/>.</summary>
    public DateOnly? DateTo { get; init; }

    public ActDateField DateField { get; init; } = ActDateField.DateEffet;

    /// <summary>Words found anywhere in the agent, collectivité, grade, type, département or file name.</summary>
    public string? Text { get; init; }

    public int Offset { get; init; }

    /// <summary>Page size, 1 to <see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = 50;

    public ActSort Sort { get; init; } = ActSort.Id;

    public bool Descending { get; init; } = true;
}
