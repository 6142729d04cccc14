namespace Vigie.Storage.Catalog;

/// <summary>A document as the catalogue holds it, with its acts: enough to rebuild its part of a report.</summary>
public sealed record StoredDocument
{
    public required string Sha256 { get; init; }

    /// <summary>The first name it was seen under.</summary>
    public required string Source { get; init; }

    /// <summary>Every name it was seen under, first first.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    public string? Format { get; init; }

    public long SizeBytes { get; init; }

    public int? PageCount { get; init; }

    public DocumentStatus Status { get; init; }

    public StoredError? Error { get; init; }

    public DateTimeOffset FirstSeenAt { get; init; }

    /// <summary>The last batch that met it.</summary>
    public long? LastBatchId { get; init; }

    /// <summary>Its acts in document order.</summary>
    public IReadOnlyList<StoredAct> Acts { get; init; } = [];
}
